import { Window } from 'happy-dom';
import { addDays, todayInFrance } from '../../src/domain/calendar';
import type { ApiFixture } from './database';
import { create, jobAd } from '../api/fixtures';

/** Helpers of the public offers' tests: offers online today, pages parsed as a browser would. */
export const today = todayInFrance();

/** A published offer online today (publishedOn 3 days ago, closing in a month), with these overrides. */
export function onlineOffer(fx: ApiFixture, centreId: number, overrides: Record<string, unknown> = {}) {
  return create(fx.call, 'positions', {
    centreId,
    profession: 'medecin',
    title: 'Médecin généraliste',
    fte: 1,
    status: 'ouvert',
    openedOn: addDays(today, -10),
    published: true,
    ...jobAd({ publishedOn: addDays(today, -3), closesOn: addDays(today, 30), plannedStartOn: addDays(today, 60) }),
    ...overrides,
  });
}

export function parseHtml(text: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(text, 'text/html') as unknown as Document;
}

/** GET a public page: status, headers, its HTML and the parsed document. */
export async function page(fx: ApiFixture, path: string) {
  const res = await fx.app.request(path);
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, doc: parseHtml(text) };
}

/** The visible text of a document, whitespace collapsed (no-break spaces too). */
export const textOf = (el: Element | Document | null) => ((el as Element)?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

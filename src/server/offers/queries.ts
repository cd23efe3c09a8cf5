import { and, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { todayInFrance } from '../../domain/calendar';
import type { Contract, Profession } from '../../domain/enums';
import { communeByCode, departmentByCode } from '../../domain/reference';
import * as t from '../db/schema';
import type { Executor } from '../db/types';

/** Offers a page of /offres shows. */
export const OFFERS_PER_PAGE = 20;

/** An offer as the public pages show it: the ad, its centre and where it is. */
export interface Offer {
  id: number;
  title: string;
  profession: Profession;
  fte: number;
  status: string;
  published: boolean;
  description: string | null;
  requirements: string | null;
  contract: Contract | null;
  salaryMin: number | null;
  salaryMax: number | null;
  plannedStartOn: string | null;
  publishedOn: string | null;
  closesOn: string | null;
  centreName: string;
  communeCode: string;
  communeName: string;
  postalCode: string | null;
  departmentCode: string;
  departmentName: string;
  address: string | null;
  services: string[];
}

const offerColumns = {
  id: t.positions.id,
  title: t.positions.title,
  profession: t.positions.profession,
  fte: t.positions.fte,
  status: t.positions.status,
  published: t.positions.published,
  description: t.positions.description,
  requirements: t.positions.requirements,
  contract: t.positions.contract,
  salaryMin: t.positions.salaryMin,
  salaryMax: t.positions.salaryMax,
  plannedStartOn: t.positions.plannedStartOn,
  publishedOn: t.positions.publishedOn,
  closesOn: t.positions.closesOn,
  centreName: t.centres.name,
  communeCode: t.centres.communeCode,
  departmentCode: t.centres.departmentCode,
  address: t.centres.address,
  services: t.centres.services,
};

type Row = { [K in keyof typeof offerColumns]: unknown };

/** The place names come from the reference geography (in memory), not from a join. */
function offerOf(row: Row): Offer {
  const commune = communeByCode(row.communeCode as string);
  return {
    ...(row as unknown as Omit<Offer, 'communeName' | 'postalCode' | 'departmentName' | 'title'>),
    title: (row.title as string | null) ?? '',
    communeName: commune?.name ?? (row.communeCode as string),
    postalCode: commune?.postalCode ?? null,
    departmentName: departmentByCode(row.departmentCode as string)?.name ?? (row.departmentCode as string),
  };
}

/** What the public sees: published, open, online today (publishedOn ≤ today ≤ closesOn, today in France). */
export function onlineToday(today = todayInFrance()): SQL {
  return and(eq(t.positions.published, true), eq(t.positions.status, 'ouvert'), lte(t.positions.publishedOn, today), gte(t.positions.closesOn, today))!;
}

export interface OfferFilters {
  department?: string;
  profession?: string;
  page: number;
}

/** One page of the offers online today, newest first, and how many there are — one query (count over the window). */
export async function listOffers(db: Executor, filters: OfferFilters, today = todayInFrance()): Promise<{ offers: Offer[]; total: number }> {
  const where = and(
    onlineToday(today),
    filters.department ? eq(t.centres.departmentCode, filters.department) : undefined,
    filters.profession ? eq(t.positions.profession, filters.profession) : undefined,
  );
  const rows = await db
    .select({ ...offerColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(t.positions)
    .innerJoin(t.centres, eq(t.centres.id, t.positions.centreId))
    .where(where)
    .orderBy(desc(t.positions.publishedOn), desc(t.positions.id))
    .limit(OFFERS_PER_PAGE)
    .offset((filters.page - 1) * OFFERS_PER_PAGE);
  // Past the last page no row carries the total: count once more (a page nobody reaches by the links).
  let total = rows[0]?.total ?? 0;
  if (!rows.length && filters.page > 1)
    total = (await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(t.positions).innerJoin(t.centres, eq(t.centres.id, t.positions.centreId)).where(where))[0].n;
  return { offers: rows.map(offerOf), total };
}

/** One position with its centre, whatever its state (the page decides: 404, 410 or the offer). */
export async function findOffer(db: Executor, id: number): Promise<Offer | undefined> {
  const [row] = await db.select(offerColumns).from(t.positions).innerJoin(t.centres, eq(t.centres.id, t.positions.centreId)).where(eq(t.positions.id, id));
  return row ? offerOf(row) : undefined;
}

export type OfferState = 'online' | 'unknown' | 'closed';

/**
 * Whether an offer is shown: unknown when it does not exist, is not published or not online yet (a
 * future publication date, or an ad never completed); closed (410) once past its closing date or when
 * the position is no longer open (filled, frozen).
 */
export function offerState(offer: Offer | undefined, today = todayInFrance()): OfferState {
  if (!offer || !offer.published || !offer.publishedOn || !offer.closesOn || offer.publishedOn > today) return 'unknown';
  if (offer.status !== 'ouvert' || offer.closesOn < today) return 'closed';
  return 'online';
}

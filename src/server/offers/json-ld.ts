/**
 * schema.org JobPosting (https://schema.org/JobPosting, as Google for Jobs reads it), embedded in the
 * offer's page as JSON-LD: a data block, not a script — the pages' CSP runs no script at all.
 */
import { raw } from 'hono/html';
import type { Offer } from './queries';

export const HIRING_ORGANIZATION = 'GIP Ma santé, Ma Région';

const employmentTypes = { cdi: 'FULL_TIME', cdd: 'TEMPORARY', vacation: 'PER_DIEM' } as const;

let offsetFormat: Intl.DateTimeFormat | undefined;
/** France's UTC offset on that day (`+01:00` in winter, `+02:00` in summer): the end of the closing day, in France. */
export function parisOffset(day: string): string {
  offsetFormat ??= new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Paris', timeZoneName: 'longOffset' });
  const name = offsetFormat.formatToParts(new Date(`${day}T12:00:00Z`)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+01:00';
  return name === 'GMT' ? '+00:00' : name.replace('GMT', '');
}

export function jobPosting(offer: Offer, url: string) {
  const employmentType = [offer.contract ? employmentTypes[offer.contract] : undefined, offer.fte < 1 ? 'PART_TIME' : undefined].filter(Boolean);
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: offer.title,
    description: [offer.description, offer.requirements ? `Profil recherché :\n${offer.requirements}` : null].filter(Boolean).join('\n\n'),
    datePosted: offer.publishedOn,
    validThrough: offer.closesOn ? `${offer.closesOn}T23:59:59${parisOffset(offer.closesOn)}` : undefined,
    employmentType: employmentType.length === 1 ? employmentType[0] : employmentType,
    hiringOrganization: { '@type': 'Organization', name: HIRING_ORGANIZATION },
    jobLocation: {
      '@type': 'Place',
      name: offer.centreName,
      address: {
        '@type': 'PostalAddress',
        streetAddress: offer.address ?? undefined,
        addressLocality: offer.communeName,
        postalCode: offer.postalCode ?? undefined,
        addressRegion: 'Occitanie',
        addressCountry: 'FR',
      },
    },
    baseSalary:
      offer.salaryMin !== null && offer.salaryMax !== null
        ? { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', minValue: offer.salaryMin, maxValue: offer.salaryMax, unitText: 'YEAR' } }
        : undefined,
    identifier: { '@type': 'PropertyValue', name: HIRING_ORGANIZATION, value: String(offer.id) },
    url,
    ...(offer.plannedStartOn ? { jobStartDate: offer.plannedStartOn } : {}),
  };
}

/**
 * The JSON inside `<script type="application/ld+json">`: `<`, `>`, `&` and the line separators written
 * as \\u escapes, so that no text of the ad (« </script><script>… ») can close the block; still the same JSON.
 */
export function jsonLdBlock(data: unknown) {
  const json = JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return raw(`<script type="application/ld+json">${json}</script>`);
}

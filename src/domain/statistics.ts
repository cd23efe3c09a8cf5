import { policy, READ, type Policy } from './resource';

/**
 * Statistics that are not limited by the resources they aggregate but have a policy of their own,
 * read like a resource's: the server answers 403 to a role whose `read` is `none`, the dashboard shows
 * the card only to a role that may read it (the app's `canAccess({ resource: 'stats/funnel' })`).
 *
 * The recruitment pipeline's counts (the funnel, the HR pipeline) are aggregates of applications that
 * never name a person: `region` steers with them although it reads no application; a `member` does not.
 */
export interface StatisticDescription {
  readonly name: string;
  readonly label: { readonly one: string; readonly many: string };
  readonly policy: Policy;
}

const pipeline = policy({ admin: READ, region: READ, hr: READ });

export const statistics = {
  funnel: { name: 'stats/funnel', label: { one: 'Entonnoir de recrutement', many: 'Entonnoir de recrutement' }, policy: pipeline },
  hr: { name: 'stats/hr', label: { one: 'Suivi du recrutement', many: 'Suivi du recrutement' }, policy: pipeline },
  // Names candidates and dates: the people who read interviews (hr, admin), not the region.
  interviews: { name: 'stats/interviews', label: { one: 'Entretiens à venir', many: 'Entretiens à venir' }, policy: policy({ admin: READ, hr: READ }) },
} as const satisfies Record<string, StatisticDescription>;

export type StatisticName = (typeof statistics)[keyof typeof statistics]['name'];
export const statisticByName: Readonly<Record<string, StatisticDescription>> = Object.fromEntries(
  Object.values(statistics).map((s) => [s.name, s]),
);

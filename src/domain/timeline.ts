/**
 * One event of a candidate's timeline. Structured rather than worded: the app words it in its
 * language (French or English) from `kind` and the kind's fields.
 */
export interface TimelineEntry {
  /** Unique in the timeline: `<kind>-<id>`. */
  key: string;
  kind: string;
  /** When: an ISO instant with its offset (`allDay`: the day's start in France, only the date is meaningful). */
  at: string;
  allDay: boolean;
  /** Who, when known (a note's author). */
  by: string | null;
  applicationId: number | null;
  positionLabel: string | null;
  /** The record behind the entry, for a link: `{ resource: 'notes', id: 3 }`. */
  record: { resource: string; id: number } | null;
  /** The kind's own fields (a stage, a note's text, an interview's status, a document's kind and name). */
  data: Record<string, unknown>;
}

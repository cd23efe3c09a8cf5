import type { Executor } from '../db/types';

import type { TimelineEntry } from '../../domain/timeline';

export type { TimelineEntry };

/**
 * Where timeline entries come from: one small module per source in this folder, listed once in
 * index.ts. A new source (the e-mail outbox) is one file and one line.
 */
export interface TimelineSource {
  name: string;
  entries(db: Executor, candidateId: number): Promise<TimelineEntry[]>;
}

/**
 * Reads and writes of any resource, driven by its binding. The REST router is a thin HTTP layer over
 * these; stats and tests may call them too. Reads (lists, records, the totals' cache) in reads.ts,
 * writes in writes.ts, database errors as HTTP answers in db-errors.ts.
 */
export {
  attachAll,
  COUNT_CACHE_MIN_ROWS,
  COUNT_CACHE_MS,
  fieldsAsColumns,
  forgetCounts,
  getRecord,
  listRecords,
  orderOf,
  pageIdsOf,
  whereOf,
} from './reads';
export { createRecord, deleteRecord, updateRecord, validate, type Actor } from './writes';

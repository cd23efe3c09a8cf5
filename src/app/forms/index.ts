/**
 * Shared form machinery for every resource screen (see each file for details):
 *
 *  - `ResourceCreate` / `ResourceEdit` + `ResourceForm` — Create and Edit pages whose form is validated
 *    by the domain's zod schema (`validateWith`), shows the server's field errors (400 `errors`) on
 *    the fields, and survives a stale write (409) without losing what was typed (`ConflictAlert`);
 *  - `EditToolbar` — Save, and a delete that asks for confirmation, shown only when canAccess allows;
 *  - `csvExporter(description)` — French CSV for react-admin's `<ExportButton>`;
 *  - `DateInput` — a date typed jj/mm/aaaa, stored ISO (every date of every form and filter);
 *  - `MonthInput` / `MonthField` — a month by its name in the app's language (« mars 2025 »);
 *  - `dateRangeFilters`, `numberRangeFilters`, `searchFilter` — the lists' filters;
 *  - `departmentChoices` — inputs built from the reference geography.
 *
 *   export const MemberEdit = () => (
 *     <ResourceEdit><ResourceForm description={members}><MemberInputs /></ResourceForm></ResourceEdit>
 *   );
 */
export { ConflictAlert, ConflictProvider, useSaveErrorHandler } from './conflict';
export { csvExporter, formatValue, frenchDate, toCsv, type CsvOptions } from './exporter';
export { departmentChoices, communeLabel, loadReference, useReference, type Reference } from './reference';
export { EditToolbar, ResourceCreate, ResourceEdit, ResourceForm } from './ResourceForm';
export { validateWith, type FieldErrors } from './validate';
export { ListActions, NarrowSortButton } from './ListActions';
export { dateRangeFilters, numberRangeFilters, searchFilter } from './filters';
export { CreateTitle, EditTitle, ListEmpty } from './titles';
export { DateInput, type DateInputProps } from './DateInput';
export { formatMonth, MonthField, MonthInput, type MonthInputProps } from './MonthInput';
export { isoToFrench, parseFrenchDate } from './dates';

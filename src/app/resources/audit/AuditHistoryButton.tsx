import HistoryIcon from '@mui/icons-material/History';
import { Button, EditButton, TopToolbar, useCanAccess, useRecordContext, useResourceContext, useResourceDefinition } from 'react-admin';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { useAuditText } from './messages';

/** Where a record's history is: the audit list filtered on its resource and number. */
export const auditHistoryPath = (resource: string, recordId: number | string) =>
  `/audit?filter=${encodeURIComponent(JSON.stringify({ resource, recordId: Number(recordId) }))}`;

/**
 * « Historique »: the record's entries in the audit log, for those who may read the log (the server
 * shows their content to those who may read the record, which whoever sees this page may).
 */
export function AuditHistoryButton() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const text = useAuditText();
  const { canAccess } = useCanAccess({ resource: 'audit', action: 'list' });
  if (!record || !resource || !canAccess) return null;
  return (
    <Button component={Link} to={auditHistoryPath(resource, record.id)} label={text.history} aria-label={text.historyOf}>
      <HistoryIcon />
    </Button>
  );
}

/** A show page's default actions (« Modifier » when it has an edit page), the page's own (`children`), with « Historique ». */
export function ShowActionsWithHistory({ children }: { children?: ReactNode }) {
  const { hasEdit } = useResourceDefinition();
  return (
    <TopToolbar>
      {hasEdit ? <EditButton /> : null}
      {children}
      <AuditHistoryButton />
    </TopToolbar>
  );
}

import DownloadIcon from '@mui/icons-material/Download';
import { Button } from '@mui/material';
import { useState, type MouseEvent } from 'react';
import {
  Datagrid,
  DateField,
  DeleteWithConfirmButton,
  ReferenceField,
  SelectField,
  TextField,
  useCanAccess,
  useDataProvider,
  useLocaleState,
  useNotify,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { documents } from '../../../domain/resources';
import type { MaillageDataProvider } from '../../dataProvider';
import { fieldsOf } from '../../fields';
import { fileSize } from './format';

const f = fieldsOf(documents);

/** « 1,2 Mo ». */
export function FileSizeField(_: { source?: string; label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (typeof record?.size !== 'number') return null;
  const units = { bytes: translate('maillage.documents.size.bytes'), kilo: translate('maillage.documents.size.kilo'), mega: translate('maillage.documents.size.mega') };
  return <span>{fileSize(record.size, locale, units)}</span>;
}

/**
 * « Télécharger », named with the file (« Télécharger CV.pdf ») for screen readers. The file is fetched
 * through the data provider (the session's cookie, or the demo's token: a plain link would not carry
 * the latter) and handed to the browser as a download under its stored name. The link's address
 * stays the API's, for « open in a new tab » where the cookie suffices.
 */
export function DownloadButton(_: { label?: string | false }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<MaillageDataProvider>();
  const [busy, setBusy] = useState(false);
  if (!record) return null;
  const name = String(record.fileName);
  const onClick = async (event: MouseEvent) => {
    event.preventDefault();
    event.stopPropagation();
    setBusy(true);
    try {
      const blob = await dataProvider.getDocumentFile(Number(record.id));
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (error) {
      notify('maillage.documents.downloadFailed', { type: 'error', messageArgs: { message: error instanceof Error ? error.message : '' } });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      component="a"
      href={`/api/documents/${record.id}/file`}
      onClick={onClick}
      size="small"
      startIcon={<DownloadIcon />}
      aria-label={translate('maillage.documents.downloadLabel', { name })}
      aria-busy={busy || undefined}
    >
      {translate('maillage.documents.download')}
    </Button>
  );
}

/** Delete, after a confirmation that names the file; shown only to who may delete. */
export function DeleteDocumentButton(_: { label?: string | false }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'documents', action: 'delete', record });
  if (!record || !canAccess) return null;
  const name = String(record.fileName);
  return (
    <DeleteWithConfirmButton
      resource="documents"
      redirect={false}
      mutationMode="pessimistic"
      confirmTitle="maillage.documents.deleteTitle"
      confirmContent="maillage.documents.deleteContent"
      titleTranslateOptions={{ name }}
      successMessage="maillage.documents.deleted"
      aria-label={`${translate('ra.action.delete')} ${name}`}
      onClick={(e) => e.stopPropagation()}
    />
  );
}

/**
 * Documents (in a List or a ReferenceManyField): type, file name, size, date, the application it
 * belongs to (not on the application's page), the candidate (on the list of all), download and delete.
 */
export function DocumentsTable({ withApplication = true, withCandidate = false }: { withApplication?: boolean; withCandidate?: boolean }) {
  const translate = useTranslate();
  return (
    <Datagrid bulkActionButtons={false} rowClick={false} empty={<p>{translate('maillage.documents.empty')}</p>}>
      {withCandidate && <ReferenceField {...f.reference('candidateId')} link="show" />}
      <SelectField {...f.choice('kind')} />
      <TextField {...f('fileName')} />
      <FileSizeField {...f('size')} label="resources.documents.fields.size" />
      <DateField {...f('createdAt')} locales="fr-FR" />
      {withApplication && <ReferenceField {...f.reference('applicationId')} link="show" emptyText="—" sortable={false} />}
      {/* No column heading: each button says what it does, and to which file. */}
      <DownloadButton label={false} />
      <DeleteDocumentButton label={false} />
    </Datagrid>
  );
}

import PublishIcon from '@mui/icons-material/Publish';
import UnpublishedIcon from '@mui/icons-material/Unpublished';
import { Button, useCanAccess, useNotify, useRecordContext, useRedirect, useTranslate, useUpdate } from 'react-admin';
import { publicationErrors } from '../../../domain/resources/positions';

/**
 * « Publier l’offre » / « Retirer l’offre »: toggles `published`, for the roles that may update positions.
 * Publishing needs an open position and a complete ad (publicationErrors, the rule the server applies):
 * when something is missing, nothing is sent; the fields are listed and the edit form is opened.
 */
export function PublishButton() {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'positions', action: 'edit', record });
  const notify = useNotify();
  const redirect = useRedirect();
  const translate = useTranslate();
  const [update, { isPending }] = useUpdate();
  if (!record || !canAccess) return null;
  const published = record.published === true;
  const fieldNames = (fields: string[]) => fields.map((f) => translate(`resources.positions.fields.${f}`)).join(', ');
  /** Says what stops the publication; opens the form when fields are to be filled. */
  const refuse = (errors: Record<string, string>) => {
    const { status, ...missing } = errors;
    const fields = Object.keys(missing);
    const parts = [status ? translate('maillage.recruitment.positions.notOpen') : '', fields.length ? translate('maillage.recruitment.positions.incomplete', { fields: fieldNames(fields) }) : ''];
    notify(parts.filter(Boolean).join(' '), { type: 'warning', multiLine: true, autoHideDuration: 10_000 });
    if (fields.length) redirect('edit', 'positions', record.id);
  };
  const toggle = (event: React.MouseEvent) => {
    event.stopPropagation();
    if (!published) {
      const errors = publicationErrors({ ...record, published: true }, true);
      if (Object.keys(errors).length) return refuse(errors);
    }
    update(
      'positions',
      { id: record.id, data: { published: !published, version: record.version }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => notify(published ? 'maillage.recruitment.positions.unpublished' : 'maillage.recruitment.positions.published', { type: 'info' }),
        onError: (error) => {
          // The server's rule, if the record changed since it was read: the same list, not a raw error.
          const errors = (error as { body?: { errors?: Record<string, string> } }).body?.errors;
          if (!published && errors && Object.keys(errors).length) return refuse(errors);
          notify((error as Error).message, { type: 'error' });
        },
      },
    );
  };
  return (
    <Button
      label={published ? 'maillage.recruitment.positions.unpublish' : 'maillage.recruitment.positions.publish'}
      onClick={toggle}
      disabled={isPending}
    >
      {published ? <UnpublishedIcon /> : <PublishIcon />}
    </Button>
  );
}

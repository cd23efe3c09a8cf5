import PublishIcon from '@mui/icons-material/Publish';
import UnpublishedIcon from '@mui/icons-material/Unpublished';
import { Button, useCanAccess, useNotify, useRecordContext, useUpdate } from 'react-admin';

/** « Publier l’offre » / « Retirer l’offre »: toggles `published`, for the roles that may update positions. */
export function PublishButton() {
  const record = useRecordContext();
  const { canAccess } = useCanAccess({ resource: 'positions', action: 'edit', record });
  const notify = useNotify();
  const [update, { isPending }] = useUpdate();
  if (!record || !canAccess) return null;
  const published = record.published === true;
  const toggle = (event: React.MouseEvent) => {
    event.stopPropagation();
    update(
      'positions',
      { id: record.id, data: { published: !published, version: record.version }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => notify(published ? 'maillage.recruitment.positions.unpublished' : 'maillage.recruitment.positions.published', { type: 'info' }),
        onError: (error) => notify((error as Error).message, { type: 'error' }),
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

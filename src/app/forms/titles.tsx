import AddIcon from '@mui/icons-material/Add';
import { Box, Typography } from '@mui/material';
import {
  CreateButton,
  useGetRecordRepresentation,
  useRecordContext,
  useResourceContext,
  useResourceDefinition,
  useTranslate,
} from 'react-admin';

/**
 * Page titles and empty lists in proper French, per resource (`maillage.forms.resources.<name>`):
 * « Nouveau recrutement » rather than react-admin's « Créer Salarié·e », « Modifier le poste « … » »
 * naming the record, « Aucune candidature pour l’instant. ». ResourceCreate, ResourceEdit and
 * listProps() put them on every screen.
 */
export function CreateTitle() {
  const translate = useTranslate();
  const resource = useResourceContext();
  return <>{translate(`maillage.forms.resources.${resource}.create`)}</>;
}

export function EditTitle() {
  const translate = useTranslate();
  const resource = useResourceContext();
  const record = useRecordContext();
  const represent = useGetRecordRepresentation(resource);
  if (!record) return null;
  const name = represent(record);
  return <>{translate(`maillage.forms.resources.${resource}.edit`, { name: typeof name === 'string' ? name : String(record.id), id: record.id })}</>;
}

/**
 * A show page titled by its record alone, where the representation already names the resource
 * (« Candidature n° 12 »: react-admin's default title would say « Candidature Candidature n° 12 »).
 */
export function RecordTitle() {
  const resource = useResourceContext();
  const record = useRecordContext();
  const represent = useGetRecordRepresentation(resource);
  if (!record) return null;
  return <>{represent(record)}</>;
}

/** A list with nothing yet (and no filter): says so, and offers to add the first one to who may. */
export function ListEmpty() {
  const translate = useTranslate();
  const resource = useResourceContext();
  const { hasCreate } = useResourceDefinition();
  return (
    <Box sx={{ textAlign: 'center', py: 6, px: 2, width: '100%' }}>
      <Typography variant="h6" component="p" color="text.secondary" gutterBottom>
        {translate(`maillage.forms.resources.${resource}.empty`)}
      </Typography>
      {/* CreateButton shows itself only to those who may create (canAccess). */}
      {hasCreate && <CreateButton variant="contained" icon={<AddIcon />} label={`maillage.forms.resources.${resource}.create`} />}
    </Box>
  );
}

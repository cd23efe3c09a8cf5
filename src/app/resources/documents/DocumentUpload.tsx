import UploadIcon from '@mui/icons-material/UploadFile';
import { Box, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import {
  CreateBase,
  FileField,
  FileInput,
  Form,
  ReferenceField,
  ReferenceInput,
  SaveButton,
  SelectInput,
  useNotify,
  useTranslate,
  type RaRecord,
} from 'react-admin';
import { useState } from 'react';
import { acceptedFileTypes, ACCEPTED_FILES_TEXT, MAX_DOCUMENT_BYTES } from '../../../domain/file-types';
import { documents } from '../../../domain/resources';
import { fieldsOf } from '../../fields';

const f = fieldsOf(documents);

/** What the file picker offers (react-dropzone's `accept`: media types and their extensions). */
const accept = Object.fromEntries(acceptedFileTypes.map((t) => [t.mediaType, t.extension === 'jpg' ? ['.jpg', '.jpeg'] : [`.${t.extension}`]]));

type UploadValues = { candidateId: number; applicationId?: number | null; kind?: string; file?: { rawFile?: File } | null };

/** Checked before sending (the server checks again, by content): a kind, and a file. */
function validate(data: Record<string, unknown>) {
  const values = data as UploadValues;
  const errors: Record<string, string> = {};
  if (!values.kind) errors.kind = 'ra.validation.required';
  if (!values.file?.rawFile) errors.file = 'ra.validation.required';
  else if (values.file.rawFile.size > MAX_DOCUMENT_BYTES) errors.file = 'maillage.documents.tooLarge';
  return errors;
}

/** An application of this candidate, by its position (« Médecin généraliste — Sainte-Croix… »). */
const ApplicationOption = () => <ReferenceField source="positionId" reference="positions" link={false} />;

function UploadFields({ candidateId }: { candidateId: number }) {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
      <SelectInput {...f.inputChoice('kind')} isRequired fullWidth={false} sx={{ width: 240 }} />
      <ReferenceInput source="applicationId" reference="applications" filter={{ candidateId }} sort={{ field: 'stageOn', order: 'DESC' }}>
        <SelectInput
          label="resources.documents.fields.applicationId"
          optionText={<ApplicationOption />}
          emptyText="maillage.documents.noApplication"
          fullWidth={false}
          sx={{ width: 420, maxWidth: '100%' }}
        />
      </ReferenceInput>
      <FileInput
        source="file"
        label="maillage.documents.file"
        accept={accept}
        multiple={false}
        isRequired
        // The dropzone's visually hidden input is not tied to the visible label (react-admin's Labeled): named here.
        inputProps={{ 'aria-label': translate('maillage.documents.file') }}
        placeholder={<p>{translate('maillage.documents.dropzone')}</p>}
        helperText={translate('maillage.documents.fileHint', { types: ACCEPTED_FILES_TEXT })}
        sx={{ flex: '1 1 100%' }}
      >
        <FileField source="src" title="title" />
      </FileInput>
      <Box>
        <SaveButton label="maillage.documents.upload" icon={<UploadIcon />} />
      </Box>
    </Box>
  );
}

/**
 * The upload form of a candidate's page: kind, optionally one of their applications, and the file
 * (PDF, DOCX, ODT, JPEG or PNG, 10 Mo at most). Sent as multipart (dataProvider.create); the server's
 * refusal (« Format non accepté… ») lands on the file field. The list of documents reloads after.
 */
export function DocumentUpload({ candidateId }: { candidateId: number }) {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  // A new form after each upload (its key), empty again but for the candidate.
  const [round, setRound] = useState(0);
  return (
    <Box component="section" aria-labelledby="document-upload-title" sx={{ mt: 3 }}>
      <Typography id="document-upload-title" variant="h6" component="h3" gutterBottom>
        {translate('maillage.documents.uploadTitle')}
      </Typography>
      <CreateBase
        resource="documents"
        redirect={false}
        mutationOptions={{
          onSuccess: (record: RaRecord) => {
            notify('maillage.documents.uploaded', { type: 'info', messageArgs: { name: record.fileName } });
            void queryClient.invalidateQueries({ queryKey: ['documents'] });
            setRound((n) => n + 1);
          },
        }}
      >
        <Form key={round} defaultValues={{ candidateId, applicationId: null, kind: 'cv', file: null }} validate={validate} noValidate>
          <UploadFields candidateId={candidateId} />
        </Form>
      </CreateBase>
    </Box>
  );
}

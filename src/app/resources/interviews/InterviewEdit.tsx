import { Box } from '@mui/material';
import { interviews } from '../../../domain/resources';
import { ResourceEdit, ResourceForm } from '../../forms';
import { DownloadIcsButton } from './DownloadIcsButton';
import { FeedbackPanel } from './FeedbackPanel';
import { InterviewInputs } from './InterviewInputs';

/** An interview: its form, its invitation to download, and the panel's feedback. */
export function InterviewEdit() {
  return (
    <ResourceEdit redirect="edit">
      <ResourceForm description={interviews}>
        <InterviewInputs />
        <Box sx={{ mt: 1 }}>
          <DownloadIcsButton />
        </Box>
      </ResourceForm>
      <Box sx={{ p: 2 }}>
        <FeedbackPanel />
      </Box>
    </ResourceEdit>
  );
}

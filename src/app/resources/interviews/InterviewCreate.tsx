import { interviews } from '../../../domain/resources';
import { ResourceCreate, ResourceForm } from '../../forms';
import { InterviewInputs } from './InterviewInputs';

/** Planned from a candidate's page, the form arrives with `?source={"candidateId":…,"applicationId":…}`; then the interview's page (invitation, feedback). */
export function InterviewCreate() {
  return (
    <ResourceCreate redirect="edit">
      <ResourceForm description={interviews} defaultValues={() => ({ durationMinutes: 60, status: 'prevu', panelUserIds: [] })}>
        <InterviewInputs />
      </ResourceForm>
    </ResourceCreate>
  );
}

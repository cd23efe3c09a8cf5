import { candidates } from '../../../domain/resources';
import { ResourceEdit, ResourceForm } from '../../forms';
import { CandidateInputs } from './CandidateInputs';

export function CandidateEdit() {
  return (
    <ResourceEdit>
      <ResourceForm description={candidates}>
        <CandidateInputs />
      </ResourceForm>
    </ResourceEdit>
  );
}

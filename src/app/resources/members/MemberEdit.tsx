import { members } from '../../../domain/resources';
import { ResourceEdit, ResourceForm } from '../../forms';
import { MemberInputs } from './MemberInputs';

export function MemberEdit() {
  return (
    <ResourceEdit>
      <ResourceForm description={members}>
        <MemberInputs />
      </ResourceForm>
    </ResourceEdit>
  );
}

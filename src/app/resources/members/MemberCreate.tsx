import { members } from '../../../domain/resources';
import { ResourceCreate, ResourceForm } from '../../forms';
import { MemberInputs } from './MemberInputs';

const today = () => new Date().toISOString().slice(0, 10);

/** A new member: joins today as « Adhésion en cours » unless told otherwise. */
export function MemberCreate() {
  return (
    <ResourceCreate>
      <ResourceForm description={members} defaultValues={() => ({ status: 'candidat', joinedOn: today(), contribution: 0 })}>
        <MemberInputs />
      </ResourceForm>
    </ResourceCreate>
  );
}

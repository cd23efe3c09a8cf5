import { members } from '../../../domain/resources';
import { ResourceCreate, ResourceForm } from '../../forms';
import { todayInFrance } from '../../../domain/calendar';
import { MemberInputs } from './MemberInputs';

/** A new member: joins today as « Adhésion en cours » unless told otherwise. */
export function MemberCreate() {
  return (
    <ResourceCreate>
      <ResourceForm description={members} defaultValues={() => ({ status: 'candidat', joinedOn: todayInFrance(), contribution: 0 })}>
        <MemberInputs />
      </ResourceForm>
    </ResourceCreate>
  );
}

import { centres } from '../../../domain/resources';
import { ResourceCreate, ResourceForm } from '../../forms';
import { CentreInputs } from './CentreInputs';

/** A new centre starts as a project, with no member, service or parent until chosen. */
export function CentreCreate() {
  return (
    <ResourceCreate>
      <ResourceForm description={centres} defaultValues={{ status: 'projet', memberIds: [], services: [], priorityZone: false }}>
        <CentreInputs />
      </ResourceForm>
    </ResourceCreate>
  );
}

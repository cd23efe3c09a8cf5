import { activities } from '../../../domain/resources';
import { ResourceCreate, ResourceForm } from '../../forms';
import { ActivityInputs } from './ActivityInputs';

const zero = { scheduled: 0, unscheduled: 0, homeVisits: 0, outOfHoursShifts: 0, newReferringPatients: 0 };

export function ActivityCreate() {
  return (
    <ResourceCreate redirect="list">
      <ResourceForm description={activities} defaultValues={zero}>
        <ActivityInputs />
      </ResourceForm>
    </ResourceCreate>
  );
}

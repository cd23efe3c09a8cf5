import { activities } from '../../../domain/resources';
import { ResourceEdit, ResourceForm } from '../../forms';
import { ActivityInputs } from './ActivityInputs';

export function ActivityEdit() {
  return (
    <ResourceEdit redirect="list">
      <ResourceForm description={activities}>
        <ActivityInputs />
      </ResourceForm>
    </ResourceEdit>
  );
}

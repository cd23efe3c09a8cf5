import { targets } from '../../../domain/resources';
import { ResourceEdit, ResourceForm } from '../../forms';
import { TargetInputs } from './TargetInputs';

export function TargetEdit() {
  return (
    <ResourceEdit redirect="list">
      <ResourceForm description={targets}>
        <TargetInputs />
      </ResourceForm>
    </ResourceEdit>
  );
}

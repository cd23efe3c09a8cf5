import { targets } from '../../../domain/resources';
import { ResourceCreate, ResourceForm } from '../../forms';
import { TargetInputs } from './TargetInputs';

/** Defaults from the GIP's public goals: about 10 centres a year. */
export function TargetCreate() {
  return (
    <ResourceCreate redirect="list">
      <ResourceForm description={targets} defaultValues={() => ({ year: new Date().getFullYear() + 1, centres: 10 })}>
        <TargetInputs />
      </ResourceForm>
    </ResourceCreate>
  );
}

import { centres } from '../../../domain/resources';
import { ResourceEdit, ResourceForm } from '../../forms';
import { CentreInputs } from './CentreInputs';

export function CentreEdit() {
  return (
    <ResourceEdit>
      <ResourceForm description={centres}>
        <CentreInputs />
      </ResourceForm>
    </ResourceEdit>
  );
}

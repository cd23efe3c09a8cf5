import { positions } from '../../../domain/resources';
import { ResourceEdit, ResourceForm } from '../../forms';
import { PositionInputs } from './PositionInputs';

/** Pessimistic: a stale `version` (409) is shown at once, the typed values stay in the form. */
export function PositionEdit() {
  return (
    <ResourceEdit>
      <ResourceForm description={positions}>
        <PositionInputs />
      </ResourceForm>
    </ResourceEdit>
  );
}

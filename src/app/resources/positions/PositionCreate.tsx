import { positions } from '../../../domain/resources';
import { ResourceCreate, ResourceForm } from '../../forms';
import { todayIso } from '../../forms/dates';
import { PositionInputs } from './PositionInputs';

export function PositionCreate() {
  return (
    <ResourceCreate>
      <ResourceForm description={positions} defaultValues={() => ({ status: 'ouvert', fte: 1, published: false, openedOn: todayIso() })}>
        <PositionInputs />
      </ResourceForm>
    </ResourceCreate>
  );
}

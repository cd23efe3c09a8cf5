import { positions } from '../../../domain/resources';
import { ResourceCreate, ResourceForm } from '../../forms';
import { todayIso } from './filters';
import { PositionInputs } from './PositionInputs';

export function PositionCreate() {
  return (
    <ResourceCreate>
      <ResourceForm noValidate description={positions} defaultValues={() => ({ status: 'ouvert', fte: 1, published: false, openedOn: todayIso() })}>
        <PositionInputs />
      </ResourceForm>
    </ResourceCreate>
  );
}

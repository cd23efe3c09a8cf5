import { positions } from '../../../domain/resources';
import { ResourceCreate, ResourceForm } from '../../forms';
import { todayInFrance } from '../../../domain/calendar';
import { PositionInputs } from './PositionInputs';

export function PositionCreate() {
  return (
    <ResourceCreate>
      <ResourceForm description={positions} defaultValues={() => ({ status: 'ouvert', fte: 1, published: false, openedOn: todayInFrance() })}>
        <PositionInputs />
      </ResourceForm>
    </ResourceCreate>
  );
}

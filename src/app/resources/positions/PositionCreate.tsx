import { Create, SimpleForm } from 'react-admin';
import { positionSchema } from '../../../domain/resources/positions';
import { todayIso } from './filters';
import { PositionInputs } from './PositionInputs';
import { liveValidation, validateWith } from './validateWith';

const validate = validateWith(positionSchema);

export function PositionCreate() {
  return (
    <Create redirect="show">
      <SimpleForm validate={validate} {...liveValidation} defaultValues={() => ({ status: 'ouvert', fte: 1, published: false, openedOn: todayIso() })}>
        <PositionInputs />
      </SimpleForm>
    </Create>
  );
}

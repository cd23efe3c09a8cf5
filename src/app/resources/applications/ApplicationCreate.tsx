import { Create, SimpleForm } from 'react-admin';
import { applicationSchema } from '../../../domain/resources/applications';
import { todayIso } from '../positions/filters';
import { liveValidation, validateWith } from '../positions/validateWith';
import { ApplicationInputs } from './ApplicationInputs';

const validate = validateWith(applicationSchema);

export function ApplicationCreate() {
  return (
    <Create redirect="show">
      <SimpleForm validate={validate} {...liveValidation} defaultValues={() => ({ stage: 'recue', appliedOn: todayIso() })}>
        <ApplicationInputs />
      </SimpleForm>
    </Create>
  );
}

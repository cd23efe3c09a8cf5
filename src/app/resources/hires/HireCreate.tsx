import { Create, SimpleForm } from 'react-admin';
import { hireSchema } from '../../../domain/resources/hires';
import { liveValidation, validateWith } from '../positions/validateWith';
import { HireInputs } from './HireInputs';

const validate = validateWith(hireSchema);

/**
 * A new hire. « Créer le recrutement » on an accepted application comes here with the candidate's
 * names, profession, RPPS, the position's centre and FTE and the application's id in the location state
 * (react-admin lays them over the defaults).
 */
export function HireCreate() {
  return (
    <Create redirect="show">
      <SimpleForm validate={validate} {...liveValidation} defaultValues={{ contract: 'cdi', fte: 1, msu: false, outOfHours: false }}>
        <HireInputs />
      </SimpleForm>
    </Create>
  );
}

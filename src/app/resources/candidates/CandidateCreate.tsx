import { Create, SimpleForm } from 'react-admin';
import { candidateSchema } from '../../../domain/resources/candidates';
import { todayIso } from '../positions/filters';
import { liveValidation, validateWith } from '../positions/validateWith';
import { CandidateInputs } from './CandidateInputs';

const validate = validateWith(candidateSchema);

/** GDPR: a candidate's data is kept two years by default, with their consent. */
const twoYearsFromNow = () => {
  const date = new Date();
  date.setFullYear(date.getFullYear() + 2);
  return todayIso(date);
};

export function CandidateCreate() {
  return (
    <Create redirect="show">
      <SimpleForm validate={validate} {...liveValidation} defaultValues={() => ({ consentUntil: twoYearsFromNow() })}>
        <CandidateInputs />
      </SimpleForm>
    </Create>
  );
}

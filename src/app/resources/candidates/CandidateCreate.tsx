import { candidates } from '../../../domain/resources';
import { ResourceCreate, ResourceForm } from '../../forms';
import { todayIso } from '../../forms/dates';
import { CandidateInputs } from './CandidateInputs';

/** GDPR: a candidate's data is kept two years by default, with their consent. */
const twoYearsFromNow = () => {
  const date = new Date();
  date.setFullYear(date.getFullYear() + 2);
  return todayIso(date);
};

export function CandidateCreate() {
  return (
    <ResourceCreate>
      <ResourceForm description={candidates} defaultValues={() => ({ consentUntil: twoYearsFromNow() })}>
        <CandidateInputs />
      </ResourceForm>
    </ResourceCreate>
  );
}

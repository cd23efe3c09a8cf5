import { candidates } from '../../../domain/resources';
import { ResourceCreate, ResourceForm } from '../../forms';
import { addYears, todayInFrance } from '../../../domain/calendar';
import { CandidateInputs } from './CandidateInputs';

/** GDPR: a candidate's data is kept two years by default, with their consent. */
const twoYearsFromNow = () => addYears(todayInFrance(), 2);

export function CandidateCreate() {
  return (
    <ResourceCreate>
      <ResourceForm description={candidates} defaultValues={() => ({ consentUntil: twoYearsFromNow() })}>
        <CandidateInputs />
      </ResourceForm>
    </ResourceCreate>
  );
}

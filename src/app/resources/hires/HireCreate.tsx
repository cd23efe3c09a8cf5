import { hires } from '../../../domain/resources';
import { ResourceCreate, ResourceForm } from '../../forms';
import { HireInputs } from './HireInputs';
import { HireToolbar } from './HireEdit';

/**
 * A new hire. « Créer le recrutement » on an accepted application comes here with the candidate's
 * names, profession, RPPS, the position's centre and FTE and the application's id in the location state
 * (react-admin lays them over the defaults).
 */
export function HireCreate() {
  return (
    <ResourceCreate>
      <ResourceForm description={hires} defaultValues={{ contract: 'cdi', fte: 1, msu: false, outOfHours: false }} toolbar={<HireToolbar />}>
        <HireInputs />
      </ResourceForm>
    </ResourceCreate>
  );
}

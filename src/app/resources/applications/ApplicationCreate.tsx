import { applications } from '../../../domain/resources';
import { ResourceCreate, ResourceForm } from '../../forms';
import { todayInFrance } from '../../../domain/calendar';
import { ApplicationInputs } from './ApplicationInputs';

export function ApplicationCreate() {
  return (
    <ResourceCreate>
      <ResourceForm description={applications} defaultValues={() => ({ stage: 'recue', appliedOn: todayInFrance() })}>
        <ApplicationInputs />
      </ResourceForm>
    </ResourceCreate>
  );
}

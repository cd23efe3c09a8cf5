import { applications } from '../../../domain/resources';
import { ResourceCreate, ResourceForm } from '../../forms';
import { todayIso } from '../../forms/dates';
import { ApplicationInputs } from './ApplicationInputs';

export function ApplicationCreate() {
  return (
    <ResourceCreate>
      <ResourceForm description={applications} defaultValues={() => ({ stage: 'recue', appliedOn: todayIso() })}>
        <ApplicationInputs />
      </ResourceForm>
    </ResourceCreate>
  );
}

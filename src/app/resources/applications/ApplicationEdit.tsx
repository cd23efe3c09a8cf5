import { applications } from '../../../domain/resources';
import { ResourceEdit, ResourceForm } from '../../forms';
import { ApplicationInputs } from './ApplicationInputs';

/** A change of stage here is recorded in the history like a move on the board (the server keeps it). */
export function ApplicationEdit() {
  return (
    <ResourceEdit>
      <ResourceForm description={applications}>
        <ApplicationInputs />
      </ResourceForm>
    </ResourceEdit>
  );
}

import { SaveButton, Toolbar } from 'react-admin';
import { hires } from '../../../domain/resources';
import { ResourceEdit, ResourceForm } from '../../forms';
import { HireInputs } from './HireInputs';

/** A contract is ended (« Mettre fin au contrat », on its page), never deleted: the toolbar has no delete button. */
export function HireToolbar() {
  return (
    <Toolbar>
      <SaveButton />
    </Toolbar>
  );
}

export function HireEdit() {
  return (
    <ResourceEdit>
      <ResourceForm description={hires} toolbar={<HireToolbar />}>
        <HireInputs edit />
      </ResourceForm>
    </ResourceEdit>
  );
}

import { users } from '../../../domain/resources';
import { ResourceEdit, ResourceForm } from '../../forms';
import { UserInputs } from './UserInputs';

/** An account; « Nouveau mot de passe » left empty keeps the current one. */
export function UserEdit() {
  return (
    <ResourceEdit redirect="list">
      <ResourceForm description={users}>
        <UserInputs />
      </ResourceForm>
    </ResourceEdit>
  );
}

import { users } from '../../../domain/resources';
import { ResourceCreate, ResourceForm } from '../../forms';
import { UserInputs } from './UserInputs';

/** A new account: active, and given a first password to pass on to its holder. */
export function UserCreate() {
  return (
    <ResourceCreate redirect="list">
      <ResourceForm description={users} defaultValues={{ active: true, role: 'region' }}>
        <UserInputs passwordRequired />
      </ResourceForm>
    </ResourceCreate>
  );
}

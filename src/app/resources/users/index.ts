import icon from '@mui/icons-material/ManageAccounts';
import { users } from '../../../domain/resources';
import { resourceModule } from '../types';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';

export default resourceModule(users, { list: UserList, icon, edit: UserEdit, create: UserCreate });

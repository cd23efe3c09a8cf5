import icon from '@mui/icons-material/ManageAccounts';
import { users } from '../../../domain/resources';
import { lazyResourceModule } from '../types';

export default lazyResourceModule(users, icon, ['list', 'edit', 'create'], () => import('./screens'));

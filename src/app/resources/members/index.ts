import icon from '@mui/icons-material/AccountBalance';
import { members } from '../../../domain/resources';
import { lazyResourceModule } from '../types';

export default lazyResourceModule(members, icon, ['list', 'show', 'edit', 'create'], () => import('./screens'));

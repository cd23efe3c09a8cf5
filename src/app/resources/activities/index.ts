import icon from '@mui/icons-material/Timeline';
import { activities } from '../../../domain/resources';
import { lazyResourceModule } from '../types';

export default lazyResourceModule(activities, icon, ['list', 'edit', 'create'], () => import('./screens'));

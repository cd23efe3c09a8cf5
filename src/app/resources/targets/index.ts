import icon from '@mui/icons-material/Flag';
import { targets } from '../../../domain/resources';
import { lazyResourceModule } from '../types';

export default lazyResourceModule(targets, icon, ['list', 'edit', 'create'], () => import('./screens'));

import icon from '@mui/icons-material/Badge';
import { hires } from '../../../domain/resources';
import { lazyResourceModule } from '../types';

export default lazyResourceModule(hires, icon, ['list', 'show', 'edit', 'create'], () => import('./screens'));

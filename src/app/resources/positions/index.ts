import icon from '@mui/icons-material/Work';
import { positions } from '../../../domain/resources';
import { lazyResourceModule } from '../types';

export default lazyResourceModule(positions, icon, ['list', 'show', 'edit', 'create'], () => import('./screens'));

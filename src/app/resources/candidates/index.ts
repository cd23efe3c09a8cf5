import icon from '@mui/icons-material/PersonSearch';
import { candidates } from '../../../domain/resources';
import { lazyResourceModule } from '../types';

export default lazyResourceModule(candidates, icon, ['list', 'show', 'edit', 'create'], () => import('./screens'));

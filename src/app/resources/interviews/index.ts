import icon from '@mui/icons-material/EventNote';
import { interviews } from '../../../domain/resources';
import { lazyResourceModule } from '../types';

export default lazyResourceModule(interviews, icon, ['list', 'edit', 'create'], () => import('./screens'));

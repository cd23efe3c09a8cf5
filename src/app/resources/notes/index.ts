import icon from '@mui/icons-material/StickyNote2';
import { notes } from '../../../domain/resources';
import { lazyResourceModule } from '../types';

export default lazyResourceModule(notes, icon, ['list'], () => import('./screens'));

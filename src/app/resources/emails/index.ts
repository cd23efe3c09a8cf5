import icon from '@mui/icons-material/Outbox';
import { emails } from '../../../domain/resources';
import { lazyResourceModule } from '../types';

export default lazyResourceModule(emails, icon, ['list', 'show'], () => import('./screens'));

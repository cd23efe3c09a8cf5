import icon from '@mui/icons-material/History';
import { audit } from '../../../domain/resources';
import { lazyResourceModule } from '../types';

export default lazyResourceModule(audit, icon, ['list', 'show'], () => import('./screens'));

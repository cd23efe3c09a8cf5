import icon from '@mui/icons-material/LocalHospital';
import { centres } from '../../../domain/resources';
import { lazyResourceModule } from '../types';

export default lazyResourceModule(centres, icon, ['list', 'show', 'edit', 'create'], () => import('./screens'));

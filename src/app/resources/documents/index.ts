import icon from '@mui/icons-material/Description';
import { documents } from '../../../domain/resources';
import { lazyResourceModule } from '../types';

export default lazyResourceModule(documents, icon, ['list'], () => import('./screens'));

import icon from '@mui/icons-material/Badge';
import { hires } from '../../../domain/resources';
import { resourceModule } from '../types';
import { HireList } from './HireList';

export default resourceModule(hires, { list: HireList, icon });

import icon from '@mui/icons-material/Flag';
import { targets } from '../../../domain/resources';
import { resourceModule } from '../types';
import { TargetCreate } from './TargetCreate';
import { TargetEdit } from './TargetEdit';
import { TargetList } from './TargetList';

export default resourceModule(targets, { list: TargetList, icon, edit: TargetEdit, create: TargetCreate });

import icon from '@mui/icons-material/Badge';
import { hires } from '../../../domain/resources';
import { resourceModule } from '../types';
import { HireCreate } from './HireCreate';
import { HireEdit } from './HireEdit';
import { HireList } from './HireList';
import { HireShow } from './HireShow';

export default resourceModule(hires, { list: HireList, show: HireShow, icon, edit: HireEdit, create: HireCreate });

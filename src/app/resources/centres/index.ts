import icon from '@mui/icons-material/LocalHospital';
import { centres } from '../../../domain/resources';
import { resourceModule } from '../types';
import { CentreCreate } from './CentreCreate';
import { CentreEdit } from './CentreEdit';
import { CentreList } from './CentreList';
import { CentreShow } from './CentreShow';

export default resourceModule(centres, { list: CentreList, show: CentreShow, icon, edit: CentreEdit, create: CentreCreate });

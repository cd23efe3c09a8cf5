import icon from '@mui/icons-material/LocalHospital';
import { centres } from '../../../domain/resources';
import { resourceModule } from '../types';
import { CentreCreate } from './CentreCreate';
import { CentreEdit } from './CentreEdit';
import { CentreList } from './CentreList';
import { CentreShow } from './CentreShow';

// `edit` and `create` ride along with the shared module shape; <Resource {...module}> receives them.
export default { ...resourceModule(centres, { list: CentreList, show: CentreShow, icon }), edit: CentreEdit, create: CentreCreate };

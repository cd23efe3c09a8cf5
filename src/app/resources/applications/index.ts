import icon from '@mui/icons-material/Assignment';
import { applications } from '../../../domain/resources';
import { resourceModule } from '../types';
import { ApplicationCreate } from './ApplicationCreate';
import { ApplicationEdit } from './ApplicationEdit';
import { ApplicationList } from './ApplicationList';
import { ApplicationShow } from './ApplicationShow';

export { ApplicationBoard } from './board/ApplicationBoard';

export default resourceModule(applications, { list: ApplicationList, show: ApplicationShow, icon, edit: ApplicationEdit, create: ApplicationCreate });

import icon from '@mui/icons-material/Timeline';
import { activities } from '../../../domain/resources';
import { resourceModule } from '../types';
import { ActivityCreate } from './ActivityCreate';
import { ActivityEdit } from './ActivityEdit';
import { ActivityList } from './ActivityList';

export default resourceModule(activities, { list: ActivityList, icon, edit: ActivityEdit, create: ActivityCreate });

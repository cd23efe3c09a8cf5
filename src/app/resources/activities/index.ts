import icon from '@mui/icons-material/Timeline';
import { activities } from '../../../domain/resources';
import { resourceModule } from '../types';
import { ActivityCreate } from './ActivityCreate';
import { ActivityEdit } from './ActivityEdit';
import { ActivityList } from './ActivityList';

// `edit` and `create` ride along with the shared module shape; <Resource {...module}> receives them.
export default { ...resourceModule(activities, { list: ActivityList, icon }), edit: ActivityEdit, create: ActivityCreate };

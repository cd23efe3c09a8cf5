import icon from '@mui/icons-material/Assignment';
import { applications } from '../../../domain/resources';
import { resourceModule } from '../types';
import { ApplicationList } from './ApplicationList';

export default resourceModule(applications, { list: ApplicationList, icon });

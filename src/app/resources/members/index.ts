import icon from '@mui/icons-material/AccountBalance';
import { members } from '../../../domain/resources';
import { resourceModule } from '../types';
import { MemberCreate } from './MemberCreate';
import { MemberEdit } from './MemberEdit';
import { MemberList } from './MemberList';
import { MemberShow } from './MemberShow';

// `edit` and `create` ride along with the shared module shape; <Resource {...module}> receives them.
export default { ...resourceModule(members, { list: MemberList, show: MemberShow, icon }), edit: MemberEdit, create: MemberCreate };

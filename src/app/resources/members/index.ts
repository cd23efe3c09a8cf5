import icon from '@mui/icons-material/AccountBalance';
import { members } from '../../../domain/resources';
import { resourceModule } from '../types';
import { MemberCreate } from './MemberCreate';
import { MemberEdit } from './MemberEdit';
import { MemberList } from './MemberList';
import { MemberShow } from './MemberShow';

export default resourceModule(members, { list: MemberList, show: MemberShow, icon, edit: MemberEdit, create: MemberCreate });

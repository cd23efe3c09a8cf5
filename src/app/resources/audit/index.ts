import icon from '@mui/icons-material/History';
import { audit } from '../../../domain/resources';
import { resourceModule } from '../types';
import { AuditList } from './AuditList';
import { AuditShow } from './AuditShow';

export default resourceModule(audit, { list: AuditList, show: AuditShow, icon });

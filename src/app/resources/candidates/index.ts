import icon from '@mui/icons-material/PersonSearch';
import { candidates } from '../../../domain/resources';
import { resourceModule } from '../types';
import { CandidateList } from './CandidateList';

export default resourceModule(candidates, { list: CandidateList, icon });

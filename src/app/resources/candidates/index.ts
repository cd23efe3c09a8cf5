import icon from '@mui/icons-material/PersonSearch';
import { candidates } from '../../../domain/resources';
import { resourceModule } from '../types';
import { CandidateCreate } from './CandidateCreate';
import { CandidateEdit } from './CandidateEdit';
import { CandidateList } from './CandidateList';
import { CandidateShow } from './CandidateShow';

export default resourceModule(candidates, { list: CandidateList, show: CandidateShow, icon, edit: CandidateEdit, create: CandidateCreate });

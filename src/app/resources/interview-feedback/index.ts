import icon from '@mui/icons-material/RateReview';
import { interviewFeedback } from '../../../domain/resources';
import { lazyResourceModule } from '../types';

export default lazyResourceModule(interviewFeedback, icon, ['list'], () => import('./screens'));

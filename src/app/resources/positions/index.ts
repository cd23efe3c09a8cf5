import icon from '@mui/icons-material/Work';
import { positions } from '../../../domain/resources';
import { resourceModule } from '../types';
import { PositionList } from './PositionList';

export default resourceModule(positions, { list: PositionList, icon });

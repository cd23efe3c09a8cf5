import icon from '@mui/icons-material/Work';
import { positions } from '../../../domain/resources';
import { resourceModule } from '../types';
import { PositionCreate } from './PositionCreate';
import { PositionEdit } from './PositionEdit';
import { PositionList } from './PositionList';
import { PositionShow } from './PositionShow';

export default resourceModule(positions, { list: PositionList, show: PositionShow, icon, edit: PositionEdit, create: PositionCreate });

import icon from '@mui/icons-material/Assignment';
import { lazy } from 'react';
import { applications } from '../../../domain/resources';
import { lazyResourceModule } from '../types';

/** The recruitment board (a custom route), in its own chunk like the screens. */
export const ApplicationBoard = lazy(() => import('./board/ApplicationBoard').then((m) => ({ default: m.ApplicationBoard })));

export default lazyResourceModule(applications, icon, ['list', 'show', 'edit', 'create'], () => import('./screens'));

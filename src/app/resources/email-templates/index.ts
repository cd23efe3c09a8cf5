import icon from '@mui/icons-material/ForwardToInbox';
import { emailTemplates } from '../../../domain/resources';
import { translateNow } from '../../i18n';
import { lazyResourceModule } from '../types';

/** A template is named by its event in the app's language (« Réponse négative »), not by its code. */
export default {
  ...lazyResourceModule(emailTemplates, icon, ['list', 'edit'], () => import('./screens')),
  recordRepresentation: (record: Record<string, unknown>) => translateNow(`maillage.enums.emailEvents.${String(record.event)}`, { _: String(record.event) }),
};

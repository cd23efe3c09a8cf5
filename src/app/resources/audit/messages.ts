import { useLocaleState } from 'react-admin';
import { typeset } from '../../i18n/typography';

/**
 * The audit screens' own words, in French and English. Kept beside the screens (and chosen by the
 * locale) rather than in the shared catalogues, which other screens' work changes meanwhile.
 */
const messages = {
  fr: typeset({
    withheld: 'Contenu masqué : vous n’avez pas accès à cette ressource',
    history: 'Historique',
    historyOf: 'Historique de cet enregistrement dans le journal d’audit',
    recordId: 'N° d’enregistrement',
  }),
  en: {
    withheld: 'Content withheld: you do not have access to this resource',
    history: 'History',
    historyOf: 'History of this record in the audit log',
    recordId: 'Record no.',
  },
} as const;

export type AuditText = Record<keyof (typeof messages)['fr'], string>;

export function useAuditText(): AuditText {
  const [locale] = useLocaleState();
  return locale === 'en' ? messages.en : messages.fr;
}

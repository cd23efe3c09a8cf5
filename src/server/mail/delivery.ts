import type { EmailStatus } from '../../domain/enums';

/** What a waiting message says when nothing will send it. */
export const NO_SMTP = 'Non envoyé : aucun serveur SMTP configuré';

/** Where a message stands, in words, for a server with or without SMTP (the records' computed `delivery`). */
export function deliveryOf(e: { status: EmailStatus; attempts: number }, smtp: boolean): string {
  switch (e.status) {
    case 'envoye':
      return 'Envoyé';
    case 'echec':
      return `Échec de l’envoi après ${e.attempts} tentative${e.attempts > 1 ? 's' : ''} : « Renvoyer » le remet en file`;
    default:
      if (!smtp) return NO_SMTP;
      return e.attempts ? `En file : nouvelle tentative prévue après ${e.attempts} échec${e.attempts > 1 ? 's' : ''}` : 'En file d’envoi';
  }
}

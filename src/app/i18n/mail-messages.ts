import type { Catalogue } from './app-messages';

/**
 * Words of the e-mail screens (the outbox « Courriels », the templates, the refusal dialog of the
 * recruitment board), under `maillage.mail`. French is the reference; English is typed against it.
 */
export const mailFr = {
  outbox: {
    noSmtp: 'Non envoyé : aucun serveur SMTP configuré',
    noSmtpDetail:
      'Les courriels restent dans la file d’envoi, lisibles ici, tant que le serveur n’a pas de serveur SMTP (variables SMTP_URL et MAIL_FROM) : personne ne les reçoit.',
    smtp: 'Les courriels en attente sont envoyés par le serveur SMTP configuré ; un envoi refusé est retenté plus tard.',
    attachments: 'Pièces jointes',
    noAttachment: 'Aucune pièce jointe',
    attachment: '%{name} (%{type}, %{size})',
    retry: 'Renvoyer',
    retried: 'Le courriel est remis en file d’envoi.',
    retryFailed: 'Le courriel n’a pas pu être remis en file : %{message}',
  },
  templates: {
    variables: 'Variables disponibles',
    variablesHelp: 'Écrivez une variable entre doubles accolades : elle est remplacée à l’envoi par la valeur de la candidature.',
    interviewOnly: 'Les variables de l’entretien ne servent que dans l’invitation à un entretien.',
    preview: 'Aperçu avec des valeurs d’exemple',
    previewSubject: 'Objet : %{subject}',
    previewProblem: 'Aperçu impossible : %{problem}',
  },
  refusal: {
    title: 'Courriel de refus à %{name}',
    intro: 'La candidature est passée à « Refusée ». Voici le courriel proposé par le modèle « Réponse négative » : relisez-le, modifiez-le si besoin, puis envoyez-le ou non.',
    to: 'Destinataire : %{to}',
    loading: 'Préparation du courriel…',
    send: 'Envoyer',
    skip: 'Ne pas envoyer',
    queued: 'Courriel de refus mis en file d’envoi.',
    queuedNoSmtp: 'Courriel de refus mis en file d’envoi (non envoyé : aucun serveur SMTP configuré).',
    failed: 'Le courriel n’a pas pu être préparé : %{message}',
  },
} as const;

export const mailEn: Catalogue<typeof mailFr> = {
  outbox: {
    noSmtp: 'Not sent: no SMTP server configured',
    noSmtpDetail:
      'E-mails stay in the outbox, readable here, as long as the server has no SMTP server (SMTP_URL and MAIL_FROM): nobody receives them.',
    smtp: 'Waiting e-mails are sent through the configured SMTP server; a refused send is tried again later.',
    attachments: 'Attachments',
    noAttachment: 'No attachment',
    attachment: '%{name} (%{type}, %{size})',
    retry: 'Send again',
    retried: 'The e-mail is back in the outbox.',
    retryFailed: 'The e-mail could not be put back in the outbox: %{message}',
  },
  templates: {
    variables: 'Available variables',
    variablesHelp: 'Write a variable between double braces: it is replaced, when sent, by the application’s value.',
    interviewOnly: 'The interview’s variables only work in the interview invitation.',
    preview: 'Preview with sample values',
    previewSubject: 'Subject: %{subject}',
    previewProblem: 'No preview: %{problem}',
  },
  refusal: {
    title: 'Refusal e-mail to %{name}',
    intro: 'The application is now “Declined”. Here is the e-mail the “Unsuccessful application” template proposes: read it, change it if needed, then send it or not.',
    to: 'To: %{to}',
    loading: 'Preparing the e-mail…',
    send: 'Send',
    skip: 'Do not send',
    queued: 'Refusal e-mail queued for sending.',
    queuedNoSmtp: 'Refusal e-mail queued (not sent: no SMTP server configured).',
    failed: 'The e-mail could not be prepared: %{message}',
  },
};

import type { ResourceName } from '../../domain/resources';
import type { Catalogue } from './app-messages';

/**
 * Words of the shared form and list machinery (src/app/forms), under `maillage.forms`: dates typed
 * jj/mm/aaaa, and each resource's page titles and empty list (react-admin's « Créer %{name} » and
 * « Pas encore de %{name} » cannot agree in gender and number in French). English is typed against it.
 */
type PerResource = Record<ResourceName, { create: string; edit: string; empty: string }>;

const resourcesFr = {
  members: { create: 'Nouveau membre', edit: 'Modifier le membre « %{name} »', empty: 'Aucun membre pour l’instant.' },
  centres: { create: 'Nouveau centre de santé', edit: 'Modifier « %{name} »', empty: 'Aucun centre de santé pour l’instant.' },
  positions: { create: 'Nouveau poste', edit: 'Modifier le poste « %{name} »', empty: 'Aucun poste pour l’instant.' },
  candidates: { create: 'Nouvelle fiche candidat·e', edit: 'Modifier la fiche de %{name}', empty: 'Aucun·e candidat·e pour l’instant.' },
  applications: { create: 'Nouvelle candidature', edit: 'Modifier la candidature n° %{id}', empty: 'Aucune candidature pour l’instant.' },
  documents: { create: 'Déposer un document', edit: 'Modifier le document « %{name} »', empty: 'Aucun document' },
  hires: { create: 'Nouveau recrutement', edit: 'Modifier le contrat de %{name}', empty: 'Aucun recrutement pour l’instant.' },
  activities: { create: 'Nouvelle saisie d’activité', edit: 'Modifier l’activité de %{name}', empty: 'Aucune activité saisie pour l’instant.' },
  targets: { create: 'Nouvel objectif', edit: 'Modifier l’objectif %{name}', empty: 'Aucun objectif pour l’instant.' },
  users: { create: 'Nouveau compte utilisateur', edit: 'Modifier le compte de %{name}', empty: 'Aucun compte utilisateur pour l’instant.' },
  audit: { create: 'Nouvelle entrée du journal', edit: 'Entrée n° %{id}', empty: 'Le journal d’audit est vide.' },
  interviews: { create: 'Planifier un entretien', edit: 'Modifier l’entretien n° %{id}', empty: 'Aucun entretien pour l’instant.' },
  'interview-feedback': { create: 'Nouvel avis d’entretien', edit: 'Modifier l’avis n° %{id}', empty: 'Aucun avis pour l’instant.' },
  notes: { create: 'Ajouter une note', edit: 'Modifier la note n° %{id}', empty: 'Aucune note pour l’instant.' },
  emails: { create: 'Nouveau courriel', edit: 'Courriel n° %{id}', empty: 'Aucun courriel pour l’instant : ils s’ajoutent ici quand une candidature arrive, qu’un entretien est fixé ou qu’un refus est envoyé.' },
  'email-templates': { create: 'Nouveau modèle de courriel', edit: 'Modifier le modèle « %{name} »', empty: 'Aucun modèle de courriel.' },
} satisfies PerResource;

export const formsFr = {
  date: {
    placeholder: 'jj/mm/aaaa',
    hint: 'Format jj/mm/aaaa, par exemple 31/12/2026',
    format: 'Date non reconnue : saisissez jj/mm/aaaa, par exemple 31/12/2026',
    nonexistent: 'Cette date n’existe pas : vérifiez le jour et le mois (jj/mm/aaaa)',
  },
  /** A record without a name of its own: « Candidature n° 12 ». */
  numbered: '%{name} n° %{id}',
  resources: resourcesFr,
} as const;

export const formsEn: Catalogue<typeof formsFr> = {
  date: {
    placeholder: 'dd/mm/yyyy',
    hint: 'Format dd/mm/yyyy, e.g. 31/12/2026',
    format: 'Not a date: type dd/mm/yyyy, e.g. 31/12/2026',
    nonexistent: 'This date does not exist: check the day and the month (dd/mm/yyyy)',
  },
  numbered: '%{name} no. %{id}',
  resources: {
    members: { create: 'New member', edit: 'Edit member “%{name}”', empty: 'No member yet.' },
    centres: { create: 'New health centre', edit: 'Edit “%{name}”', empty: 'No health centre yet.' },
    positions: { create: 'New position', edit: 'Edit position “%{name}”', empty: 'No position yet.' },
    candidates: { create: 'New candidate', edit: 'Edit the record of %{name}', empty: 'No candidate yet.' },
    applications: { create: 'New application', edit: 'Edit application no. %{id}', empty: 'No application yet.' },
    documents: { create: 'Upload a document', edit: 'Edit document “%{name}”', empty: 'No document' },
    hires: { create: 'New hire', edit: 'Edit the contract of %{name}', empty: 'No hire yet.' },
    activities: { create: 'New activity record', edit: 'Edit the activity of %{name}', empty: 'No activity recorded yet.' },
    targets: { create: 'New target', edit: 'Edit target %{name}', empty: 'No target yet.' },
    users: { create: 'New user account', edit: 'Edit the account of %{name}', empty: 'No user account yet.' },
    audit: { create: 'New audit entry', edit: 'Entry no. %{id}', empty: 'The audit log is empty.' },
    interviews: { create: 'Schedule an interview', edit: 'Edit interview no. %{id}', empty: 'No interview yet.' },
    'interview-feedback': { create: 'New interview feedback', edit: 'Edit feedback no. %{id}', empty: 'No feedback yet.' },
    notes: { create: 'Add a note', edit: 'Edit note no. %{id}', empty: 'No note yet.' },
    emails: { create: 'New e-mail', edit: 'E-mail no. %{id}', empty: 'No e-mail yet: they appear here when an application arrives, an interview is set or a refusal is sent.' },
    'email-templates': { create: 'New e-mail template', edit: 'Edit template “%{name}”', empty: 'No e-mail template.' },
  },
};

import type { EmailEvent } from './enums';
import { fold } from './text';

/**
 * E-mail templates (pure: the server, the app's forms and preview and the tests share it). A template
 * is plain text with variables written `{{prenom}}` (spaces inside the braces are allowed: `{{ prenom }}`).
 * Every variable is known here, with what it says in French; a template that names any other, or whose
 * braces are broken, is refused on its field with the variable named (templateProblem).
 */

export interface TemplateVariable {
  readonly name: string;
  /** What it stands for, as the template editor's help says it. */
  readonly description: string;
  /** What the live preview shows for it. */
  readonly sample: string;
}

/** Between a number and its unit, inside « », before « : »: French typography, and no line break there. */
const NBSP = '\u00a0';

export const templateVariables = [
  { name: 'prenom', description: 'Prénom de la personne candidate', sample: 'Camille' },
  { name: 'nom', description: 'Nom de la personne candidate', sample: 'Martin' },
  { name: 'poste', description: 'Intitulé du poste (à défaut, la profession)', sample: 'Médecin généraliste' },
  { name: 'centre', description: 'Nom du centre de santé du poste', sample: 'Centre de santé de Sainte-Croix-Volvestre' },
  { name: 'commune', description: 'Commune du centre de santé', sample: 'Sainte-Croix-Volvestre' },
  { name: 'date_entretien', description: 'Jour de l’entretien (« jeudi 12 mars 2026 ») — invitation à un entretien seulement', sample: 'jeudi 12 mars 2026' },
  { name: 'heure_entretien', description: 'Heure de l’entretien, à l’heure de Paris (« 14 h 30 ») — invitation à un entretien seulement', sample: `14${NBSP}h${NBSP}30` },
  { name: 'lieu_entretien', description: 'Lieu de l’entretien, ou lien de la visioconférence — invitation à un entretien seulement', sample: 'Centre de santé, 2 place de la Mairie, 09230 Sainte-Croix-Volvestre' },
  { name: 'date_candidature', description: 'Date de réception de la candidature (jj/mm/aaaa)', sample: '03/02/2026' },
] as const satisfies readonly TemplateVariable[];

export type VariableName = (typeof templateVariables)[number]['name'];
export type TemplateValues = Partial<Record<VariableName, string>>;

const variableNames: readonly string[] = templateVariables.map((v) => v.name);
const isVariable = (name: string): name is VariableName => variableNames.includes(name);

/** The variables only an interview invitation can fill (no other message is about one interview). */
export const interviewVariables: readonly VariableName[] = ['date_entretien', 'heure_entretien', 'lieu_entretien'];

/** The variables a template of `event` may use: the candidate's and the application's; an interview's for an invitation. */
export function variablesOf(event: EmailEvent): readonly VariableName[] {
  return templateVariables.map((v) => v.name).filter((name) => event === 'invitation_entretien' || !interviewVariables.includes(name));
}

/** Sample values for every variable (the template editor's live preview). */
export const sampleValues: Readonly<Record<VariableName, string>> = Object.fromEntries(templateVariables.map((v) => [v.name, v.sample])) as Record<
  VariableName,
  string
>;

/** `{{ name }}`: the name is whatever stands between the braces, checked afterwards. */
const TOKEN = /\{\{([^{}]*)\}\}/g;

/** The variables a text names, in order of first appearance (well-formed `{{…}}` only). */
export function variablesIn(text: string): string[] {
  return [...new Set([...text.matchAll(TOKEN)].map((m) => m[1].trim()))];
}

const shown = (name: string) => `{{${name}}}`;
/** In French guillemets, with the non-breaking spaces inside them. */
const quoted = (text: string) => `«${NBSP}${text}${NBSP}»`;
/** The same in messages, set like the server's other messages. */
const named = (text: string) => `« ${text} »`;

/**
 * What is wrong with a template text, in French with the variable named, or undefined: a variable that
 * does not exist (with the one it resembles, « {{Prénom}} » → « {{prenom}} »), an empty `{{}}`, braces
 * left open or closed alone, and, when the event is given, a variable that message cannot fill (the
 * interview's, outside an invitation).
 */
export function templateProblem(text: string, event?: EmailEvent): string | undefined {
  for (const match of text.matchAll(TOKEN)) {
    const name = match[1].trim();
    if (!name) return `Variable vide ${named(match[0])} : écrivez le nom d’une variable entre les accolades, par exemple {{prenom}}`;
    if (!isVariable(name)) {
      const near = templateVariables.find((v) => fold(v.name) === fold(name).replace(/\s+/g, '_'));
      return `Variable inconnue ${named(shown(name))}${near ? ` : vouliez-vous dire ${shown(near.name)} ?` : ''} (variables possibles : ${variableNames.map(shown).join(', ')})`;
    }
    if (event && !variablesOf(event).includes(name))
      return `La variable ${shown(name)} n’est disponible que dans l’invitation à un entretien (ce courriel ne porte sur aucun entretien)`;
  }
  // Three braces in a row (Mustache's « unescaped » form) are not ours; then, what is left once the
  // well-formed variables are taken out must hold no brace pair half-written.
  const triple = /\{{3,}|\}{3,}/.exec(text);
  if (triple) return malformed(text, triple.index);
  const rest = text.replace(TOKEN, '');
  const open = rest.indexOf('{{');
  const close = rest.indexOf('}}');
  if (open >= 0 || close >= 0) return malformed(rest, open >= 0 && (close < 0 || open < close) ? open : close);
  return undefined;
}

function malformed(text: string, at: number) {
  const excerpt = text.slice(Math.max(0, at - 20), at + 20).replace(/\s+/g, ' ').trim();
  return `Variable mal formée près de ${named(excerpt)} : une variable s’écrit entre doubles accolades, par exemple {{prenom}}`;
}

/** A variable the template uses but the message has no value for (a programming error: see variablesOf). */
export class MissingVariableError extends Error {
  constructor(readonly variable: string) {
    super(`Aucune valeur pour la variable {{${variable}}}`);
  }
}

/**
 * The text with each variable replaced by its value. The template must be valid (templateProblem);
 * a variable without a value throws MissingVariableError rather than send « {{poste}} » or a blank.
 * Values are put on one line (a subject is one line; an address or a name never needs two).
 */
export function renderTemplate(text: string, values: TemplateValues): string {
  return text.replace(/\r\n?/g, '\n').replace(TOKEN, (_, raw: string) => {
    const name = raw.trim();
    const value = isVariable(name) ? values[name] : undefined;
    if (value === undefined || value === null) throw new MissingVariableError(name);
    return value.replace(/\s*[\r\n]+\s*/g, ' ');
  });
}

const frenchLongDay = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const parisTime = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/**
 * An interview's variables from its start (ISO date-time with its offset, `2026-03-12T14:30:00+01:00`)
 * and place, in France's time whatever the server's zone: « jeudi 12 mars 2026 », « 14 h 30 » (« 9 h »
 * on the hour).
 */
export function interviewValues(startsAt: string, location: string): Pick<TemplateValues, 'date_entretien' | 'heure_entretien' | 'lieu_entretien'> {
  const at = new Date(startsAt);
  if (Number.isNaN(at.getTime())) throw new RangeError(`Date et heure invalides : ${startsAt}`);
  const [hours, minutes] = parisTime.format(at).split(':').map(Number);
  return {
    date_entretien: frenchLongDay.format(at),
    heure_entretien: minutes ? `${hours}${NBSP}h${NBSP}${String(minutes).padStart(2, '0')}` : `${hours}${NBSP}h`,
    lieu_entretien: location,
  };
}

export interface DefaultTemplate {
  readonly subject: string;
  readonly body: string;
}

const SIGNATURE = 'L’équipe recrutement — GIP Ma santé, Ma Région';
const CLOSING = 'Nous vous prions d’agréer l’expression de nos salutations distinguées.';
const POSITION = `${quoted('{{poste}}')} ({{centre}}, {{commune}})`;
const letter = (...paragraphs: string[]) => ['Bonjour {{prenom}} {{nom}},', ...paragraphs, SIGNATURE].join('\n\n');

/**
 * The five templates every database starts with (migration 0008_email_default_templates inserts them, from this text; HR edits them afterwards).
 * Polite administrative French, signed by the recruitment team.
 */
export const defaultTemplates: Readonly<Record<EmailEvent, DefaultTemplate>> = {
  candidature_recue: {
    subject: `Accusé de réception de votre candidature${NBSP}: {{poste}}`,
    body: letter(
      `Nous accusons réception de votre candidature au poste ${POSITION}, reçue le {{date_candidature}}, et vous remercions de l’intérêt que vous portez au GIP Ma santé, Ma Région.`,
      'Votre dossier va être étudié avec attention. Nous reviendrons vers vous dans les meilleurs délais pour vous informer de la suite donnée à votre candidature.',
      CLOSING,
    ),
  },
  invitation_entretien: {
    subject: `Invitation à un entretien${NBSP}: {{poste}}`,
    body: letter(
      `Nous avons le plaisir de vous inviter à un entretien pour le poste ${POSITION}.`,
      [`Date${NBSP}: {{date_entretien}}`, `Heure${NBSP}: {{heure_entretien}}`, `Lieu${NBSP}: {{lieu_entretien}}`].join('\n'),
      'Vous trouverez en pièce jointe l’invitation à ajouter à votre agenda. Si ce rendez-vous ne vous convient pas, merci de nous le faire savoir en répondant à ce message afin que nous convenions d’une autre date.',
      CLOSING,
    ),
  },
  offre: {
    subject: `Proposition de poste${NBSP}: {{poste}}`,
    body: letter(
      `À l’issue de notre processus de recrutement, nous avons le plaisir de vous proposer le poste ${POSITION}.`,
      'Les conditions de cette proposition (date de prise de fonctions, temps de travail, rémunération) vous seront précisées par notre équipe. Nous vous remercions de bien vouloir nous faire part de votre réponse en répondant à ce message.',
      `Nous restons à votre disposition pour toute question. ${CLOSING}`,
    ),
  },
  refus: {
    subject: `Votre candidature${NBSP}: {{poste}}`,
    body: letter(
      `Nous vous remercions de l’intérêt que vous avez porté au GIP Ma santé, Ma Région et de votre candidature au poste ${POSITION}, reçue le {{date_candidature}}.`,
      'Après un examen attentif de votre dossier, nous sommes au regret de vous informer que nous ne pouvons pas y donner une suite favorable.',
      `Cette décision ne remet pas en cause la qualité de votre parcours. Nos autres offres d’emploi pourraient correspondre à votre profil${NBSP}: n’hésitez pas à les consulter.`,
      `Nous vous souhaitons une pleine réussite dans vos projets professionnels. ${CLOSING}`,
    ),
  },
  retrait: {
    subject: `Confirmation du retrait de votre candidature${NBSP}: {{poste}}`,
    body: letter(
      `Nous prenons acte du retrait de votre candidature au poste ${POSITION} et vous en confirmons la bonne prise en compte.`,
      'Nous vous remercions de l’intérêt que vous avez porté au GIP Ma santé, Ma Région. Nous serons heureux d’étudier une future candidature de votre part.',
      CLOSING,
    ),
  },
};

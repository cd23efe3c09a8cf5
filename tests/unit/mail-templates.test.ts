import { describe, expect, it } from 'vitest';
import { emailEvents } from '../../src/domain/enums';
import {
  defaultTemplates,
  interviewValues,
  MissingVariableError,
  renderTemplate,
  sampleValues,
  templateProblem,
  templateVariables,
  variablesIn,
  variablesOf,
} from '../../src/domain/mail-templates';
import { emailTemplateSchema } from '../../src/domain/resources/email-templates';

describe('renderTemplate', () => {
  it('replaces every variable, with or without spaces inside the braces, and keeps the rest as written', () => {
    expect(renderTemplate('Bonjour {{prenom}} {{ nom }},\r\nposte : {{poste}}.', { prenom: 'Camille', nom: 'Martin', poste: 'Sage-femme' })).toBe(
      'Bonjour Camille Martin,\nposte : Sage-femme.',
    );
  });

  it('puts a value on one line (a subject is one line)', () => {
    expect(renderTemplate('Lieu : {{lieu_entretien}}', { lieu_entretien: 'Mairie\r\n2 place du Foirail' })).toBe('Lieu : Mairie 2 place du Foirail');
  });

  it('throws rather than send a blank or a raw {{variable}} when a value is missing', () => {
    expect(() => renderTemplate('Le {{date_entretien}}', { prenom: 'Camille' })).toThrow(MissingVariableError);
    try {
      renderTemplate('Le {{date_entretien}}', {});
    } catch (error) {
      expect((error as MissingVariableError).variable).toBe('date_entretien');
    }
  });

  it('does not read values from the prototype (a {{constructor}} is no variable)', () => {
    expect(templateProblem('{{constructor}}')).toMatch(/^Variable inconnue « {{constructor}} »/);
    expect(() => renderTemplate('{{toString}}', {})).toThrow(MissingVariableError);
  });
});

describe('templateProblem', () => {
  it('accepts every known variable and plain braces-free text', () => {
    expect(templateProblem(templateVariables.map((v) => `{{${v.name}}}`).join(' '))).toBeUndefined();
    expect(templateProblem('Un texte sans variable, avec { une accolade } seule.')).toBeUndefined();
  });

  it('names an unknown variable, and the one it resembles', () => {
    expect(templateProblem('Bonjour {{nom_complet}}')).toMatch(/^Variable inconnue « {{nom_complet}} » \(variables possibles : {{prenom}}, {{nom}}, /);
    expect(templateProblem('Bonjour {{Prénom}}')).toMatch(/^Variable inconnue « {{Prénom}} » : vouliez-vous dire {{prenom}} \?/);
    expect(templateProblem('Le {{date entretien}}')).toMatch(/vouliez-vous dire {{date_entretien}} \?/);
  });

  it('names a malformed variable: empty, left open, closed alone, single braces around a name stay text', () => {
    expect(templateProblem('Bonjour {{ }}')).toMatch(/^Variable vide « {{ }} »/);
    expect(templateProblem('Bonjour {{prenom, bienvenue')).toMatch(/^Variable mal formée près de « Bonjour {{prenom, bienvenue » : une variable s’écrit entre doubles accolades/);
    expect(templateProblem('Bonjour prenom}} !')).toMatch(/^Variable mal formée près de « Bonjour prenom}} ! »/);
    expect(templateProblem('{{{prenom}}}')).toMatch(/^Variable mal formée/);
  });

  it('refuses the interview’s variables outside an invitation, when the event is known', () => {
    expect(templateProblem('Le {{date_entretien}}', 'refus')).toBe(
      'La variable {{date_entretien}} n’est disponible que dans l’invitation à un entretien (ce courriel ne porte sur aucun entretien)',
    );
    expect(templateProblem('Le {{date_entretien}}', 'invitation_entretien')).toBeUndefined();
    expect(templateProblem('Le {{date_entretien}}')).toBeUndefined();
    expect(variablesOf('refus')).not.toContain('lieu_entretien');
    expect(variablesOf('invitation_entretien')).toHaveLength(templateVariables.length);
  });
});

describe('interviewValues', () => {
  it('says the day and time in France, whatever offset the date-time carries', () => {
    expect(interviewValues('2026-03-12T14:30:00+01:00', 'Mairie de Lacaune')).toEqual({
      date_entretien: 'jeudi 12 mars 2026',
      heure_entretien: '14\u00a0h\u00a030',
      lieu_entretien: 'Mairie de Lacaune',
    });
    // 07:00 UTC in summer is 9 h in Paris; on the hour, no minutes.
    expect(interviewValues('2026-07-01T07:00:00Z', 'Visio')).toMatchObject({ date_entretien: 'mercredi 1 juillet 2026', heure_entretien: '9\u00a0h' });
    // 23:30 UTC on 31 December is already 1 January in Paris.
    expect(interviewValues('2026-12-31T23:30:00Z', 'x').date_entretien).toBe('vendredi 1 janvier 2027');
    expect(() => interviewValues('demain', 'x')).toThrow(RangeError);
  });
});

describe('the default templates', () => {
  it('exist for the five events, are valid for their event, polite, and signed by the recruitment team', () => {
    expect(Object.keys(defaultTemplates).sort()).toEqual([...emailEvents.values].sort());
    for (const event of emailEvents.values) {
      const { subject, body } = defaultTemplates[event];
      expect(templateProblem(subject, event), event).toBeUndefined();
      expect(templateProblem(body, event), event).toBeUndefined();
      expect(emailTemplateSchema.safeParse({ subject, body }).success, event).toBe(true);
      expect(body.startsWith('Bonjour {{prenom}} {{nom}},')).toBe(true);
      expect(body).toMatch(/salutations distinguées\.\n\nL’équipe recrutement — GIP Ma santé, Ma Région$/);
      expect(variablesIn(subject + body)).toContain('poste');
      // Rendered with the sample values, nothing of a variable is left.
      expect(renderTemplate(body, sampleValues)).not.toMatch(/[{}]/);
    }
    expect(variablesIn(defaultTemplates.invitation_entretien.body)).toEqual(expect.arrayContaining(['date_entretien', 'heure_entretien', 'lieu_entretien']));
  });
});

describe('the templates’ schema', () => {
  it('refuses an unknown variable on the field that holds it', () => {
    const result = emailTemplateSchema.safeParse({ subject: 'Objet {{inconnue}}', body: 'Bonjour {{prenom}}' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path[0])).toEqual(['subject']);
    expect(result.error!.issues[0].message).toMatch(/^Variable inconnue « {{inconnue}} »/);
  });

  it('keeps a subject on one line', () => {
    expect(emailTemplateSchema.safeParse({ subject: 'Objet\nBcc: x@y.fr', body: 'Bonjour' }).success).toBe(false);
  });
});

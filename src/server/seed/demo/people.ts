/**
 * Fictitious persons: first and last names common in Occitanie, unique full names, addresses at
 * reserved example domains, RPPS numbers with a valid key, and phone numbers reserved for fiction.
 */
import { luhnKey } from '../../../domain/identifiers';
import { fold } from '../../../domain/text';
import type { Random } from '../random';

const femaleNames = [
  'Camille', 'Léa', 'Manon', 'Chloé', 'Sarah', 'Julie', 'Laura', 'Marie', 'Pauline', 'Émilie', 'Claire', 'Anaïs',
  'Mathilde', 'Lucie', 'Charlotte', 'Élodie', 'Audrey', 'Céline', 'Sophie', 'Hélène', 'Nathalie', 'Isabelle', 'Agnès',
  'Margaux', 'Inès', 'Clémence', 'Juliette', 'Océane', 'Amandine', 'Aurélie', 'Florence', 'Virginie', 'Estelle',
  'Coralie', 'Maëlle', 'Noémie', 'Solène', 'Agathe', 'Bérénice', 'Nadia', 'Yasmine', 'Amel', 'Leïla', 'Anne',
  'Sylvie', 'Véronique', 'Christine', 'Valérie', 'Delphine', 'Elsa',
];
const maleNames = [
  'Thomas', 'Nicolas', 'Julien', 'Maxime', 'Alexandre', 'Antoine', 'Pierre', 'Guillaume', 'Romain', 'Mathieu',
  'Clément', 'Hugo', 'Lucas', 'Baptiste', 'Quentin', 'Florian', 'Vincent', 'Sébastien', 'Jérôme', 'Olivier',
  'Laurent', 'Philippe', 'François', 'Benoît', 'Cédric', 'Damien', 'Arnaud', 'Jean', 'Paul', 'Louis', 'Adrien',
  'Théo', 'Victor', 'Raphaël', 'Étienne', 'Yann', 'Karim', 'Mehdi', 'Youssef', 'Samir', 'Bruno', 'Christophe',
  'Didier', 'Éric', 'Frédéric', 'Gilles', 'Hervé', 'Marc', 'Pascal', 'Xavier',
];
const lastNames = [
  'Martin', 'Bernard', 'Dubois', 'Durand', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Lefebvre', 'Leroy', 'Roux',
  'David', 'Bertrand', 'Morel', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau',
  'Vincent', 'Muller', 'Faure', 'André', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'Legrand',
  'Gauthier', 'Garcia', 'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Masson',
  'Marchand', 'Duval', 'Denis', 'Dumont', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier', 'Brun', 'Blanchard',
  'Giraud', 'Joly', 'Rivière', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud', 'Martinez', 'Gérard', 'Roche',
  'Renard', 'Roy', 'Leroux', 'Colin', 'Vidal', 'Caron', 'Picard', 'Roger', 'Fabre', 'Aubert', 'Lemoine', 'Renaud',
  'Dumas', 'Lacroix', 'Olivier', 'Bourgeois', 'Rey', 'Leclerc', 'Rolland', 'Lopez', 'Fernandez', 'Sanchez',
  'Estève', 'Castan', 'Marty', 'Roques', 'Bousquet', 'Rouquette', 'Couderc', 'Delmas', 'Salvat', 'Cassagne',
  'Pujol', 'Bascou', 'Vigouroux', 'Puech', 'Carrière', 'Soulié', 'Calmels', 'Teulière', 'Escande', 'Lafon',
  'Bouissou', 'Fabié', 'Espinasse', 'Barthe', 'Rességuier', 'Azéma', 'Laborde', 'Dauzat', 'Galy', 'Pujade',
  'Maury', 'Bonnafous', 'Sabatier', 'Molinier', 'Cabrol', 'Lagarde', 'Viguier', 'Tournier', 'Combes', 'Benhamou',
  'Haddad', 'Nguyen', 'Da Silva', 'Ferreira', 'Ortiz', 'Belkacem', 'Traoré', 'Mendy',
];

/** Whether a first name is one of the women's above (the CVs and letters agree their words with it). */
export const isFemaleName = (firstName: string): boolean => femaleNames.includes(firstName);

export interface Person {
  firstName: string;
  lastName: string;
}

/** Draws persons and their contacts from one stream; never the same name, address or RPPS twice. */
export class People {
  private readonly used = new Set<string>();
  private readonly emails = new Set<string>();
  private readonly rppsUsed = new Set<string>();
  constructor(private readonly random: Random) {}
  person(): Person {
    for (;;) {
      const female = this.random.chance(0.58);
      const firstName = this.random.pick(female ? femaleNames : maleNames);
      const lastName = this.random.pick(lastNames);
      const key = `${firstName} ${lastName}`;
      if (this.used.has(key)) continue;
      this.used.add(key);
      return { firstName, lastName };
    }
  }
  /** A fictitious address at a reserved example domain, unique. */
  email(p: Person, domain = 'example.com'): string {
    const slug = (s: string) => fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const base = `${slug(p.firstName)}.${slug(p.lastName)}`;
    for (let n = 1; ; n++) {
      const email = `${base}${n === 1 ? '' : n}@${domain}`;
      if (!this.emails.has(email)) {
        this.emails.add(email);
        return email;
      }
    }
  }
  /** 11 digits, Luhn key; starts with 10 like real RPPS numbers. */
  rpps(): string {
    for (;;) {
      const body = `10${this.random.digits(8)}`;
      const rpps = body + luhnKey(body);
      if (this.rppsUsed.has(rpps)) continue;
      this.rppsUsed.add(rpps);
      return rpps;
    }
  }
  /** Numbers that ARCEP reserves for fiction (04 65 71…, 05 36 49…, 06 39 98…). */
  phone(departmentCode?: string | null): string {
    const prefix = !departmentCode ? '06 39 98' : ['11', '30', '34', '48', '66'].includes(departmentCode) ? '04 65 71' : '05 36 49';
    return `${prefix} ${this.random.digits(2)} ${this.random.digits(2)}`;
  }
}

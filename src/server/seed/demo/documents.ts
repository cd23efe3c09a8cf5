/**
 * Candidates' files: a CV for a good share of the candidates who applied (more of the recent ones,
 * whose applications HR still reads), tied to their first application and dropped the day they
 * applied, and for some of them a cover letter too. Small real PDFs (simplePdf: one page of text, about
 * 1.5 kB), with plausible French lines: name, profession, RPPS when they have one, diploma, experience
 * in places of Occitanie. Drawn from their own random stream, after the recruitment, so no other row of
 * the demonstration moves.
 */
import { daysBetween } from '../../../domain/calendar';
import { parisLocalToIso } from '../../../domain/datetime';
import type { DocumentKind, Profession } from '../../../domain/enums';
import { communeByCode, departmentByCode } from '../../../domain/reference';
import { simplePdf } from '../../files/pdf';
import { Random } from '../random';
import type { CentrePlan } from './centres';
import { ofPlace } from './members';
import { isFemaleName } from './people';
import type { ApplicationPlan, CandidatePlan, PositionPlan } from './recruitment';

export interface DocumentPlan {
  candidate: number;
  application: number;
  kind: Extract<DocumentKind, 'cv' | 'lettre'>;
  /** As the candidate named it; the insert keeps it through the uploads' own rule (safeFileName). */
  fileName: string;
  bytes: Uint8Array;
  /** When it was dropped (ISO with France's offset). */
  createdAt: string;
}

/** Real communes of Occitanie, with their department, for the places on a CV. */
const towns: [string, string][] = [
  ['Saint-Girons', '09'], ['Pamiers', '09'], ['Foix', '09'], ['Lavelanet', '09'], ['Limoux', '11'], ['Castelnaudary', '11'],
  ['Lézignan-Corbières', '11'], ['Villefranche-de-Rouergue', '12'], ['Saint-Affrique', '12'], ['Decazeville', '12'],
  ['Bagnols-sur-Cèze', '30'], ['Uzès', '30'], ['Muret', '31'], ['Saint-Gaudens', '31'], ['Revel', '31'], ['Condom', '32'],
  ['Mirande', '32'], ['Lodève', '34'], ['Bédarieux', '34'], ['Lunel', '34'], ['Gramat', '46'], ['Souillac', '46'],
  ['Marvejols', '48'], ['Bagnères-de-Bigorre', '65'], ['Lannemezan', '65'], ['Prades', '66'], ['Céret', '66'],
  ['Gaillac', '81'], ['Graulhet', '81'], ['Carmaux', '81'], ['Moissac', '82'], ['Caussade', '82'],
];
/** Hospitals of Occitanie (their usual names), with their department. */
const hospitals: [string, string][] = [
  ['CHU de Toulouse', '31'], ['CHU de Montpellier', '34'], ['CHU de Nîmes', '30'], ['Centre hospitalier de Rodez', '12'],
  ['Centre hospitalier d’Albi', '81'], ['Centre hospitalier de Cahors', '46'], ['Centre hospitalier de Montauban', '82'],
  ['Centre hospitalier d’Auch', '32'], ['Centre hospitalier de Bigorre', '65'], ['Centre hospitalier de Carcassonne', '11'],
  ['Centre hospitalier de Perpignan', '66'], ['Centre hospitalier de Béziers', '34'], ['Centre hospitalier d’Alès', '30'],
  ['Centre hospitalier de Narbonne', '11'], ['Centre hospitalier de Millau', '12'], ['Centre hospitalier de Figeac', '46'],
  ['Centre hospitalier du Val d’Ariège', '09'], ['Centre hospitalier de Mende', '48'],
];
const schools: Record<Profession, string[]> = {
  medecin: ['Faculté de santé, Université de Toulouse', 'Faculté de médecine Montpellier-Nîmes'],
  infirmier: ['IFSI du CHU de Toulouse', 'IFSI de Rodez', 'IFSI de Carcassonne', 'IFSI de Nîmes', 'IFSI d’Albi', 'IFSI de Tarbes'],
  sage_femme: ['École de sages-femmes de Toulouse', 'École de sages-femmes de Nîmes'],
  secretaire: ['GRETA Midi-Pyrénées Ouest', 'AFPA de Toulouse', 'GRETA Montpellier Littoral', 'Lycée Bourdelle, Montauban'],
};
/** The diplomas, with how many years before the last one each was obtained. */
const diplomas: Record<Profession, [number, string][]> = {
  medecin: [
    [0, 'Diplôme d’études spécialisées de médecine générale, thèse d’exercice'],
    [3, 'Diplôme de formation approfondie en sciences médicales'],
  ],
  infirmier: [[0, 'Diplôme d’État d’infirmier']],
  sage_femme: [[0, 'Diplôme d’État de sage-femme']],
  secretaire: [
    [0, 'Titre professionnel de secrétaire assistant médico-social'],
    [2, 'Baccalauréat ST2S'],
  ],
};
const extras: Record<Profession, string[]> = {
  medecin: ['DU de gynécologie-obstétrique', 'DU d’échographie générale', 'DIU de soins palliatifs', 'Capacité de gériatrie', 'Formation maître de stage universitaire'],
  infirmier: ['DU de plaies et cicatrisation', 'Formation à l’éducation thérapeutique (40 h)', 'Protocole Asalée'],
  sage_femme: ['DIU d’échographie gynécologique et obstétricale', 'DU de rééducation périnéale', 'DU de tabacologie'],
  secretaire: ['Formation à la facturation en tiers payant', 'Certificat Voltaire', 'Formation à l’accueil des publics en situation de handicap'],
};
/** `g(masculine, feminine)`: the word agreed with the candidate. */
type Agree = (masculine: string, feminine: string) => string;
const jobs: Record<Profession, ((town: [string, string], hospital: [string, string], g: Agree) => string)[]> = {
  medecin: [
    (t) => `Remplacements en médecine générale, cabinet de groupe — ${where(t)}`,
    (t) => `Exercice salarié en centre de santé — ${where(t)}`,
    (_, h) => `Urgences et soins non programmés — ${h[0]}`,
    (t) => `Collaboration en maison de santé pluriprofessionnelle — ${where(t)}`,
  ],
  infirmier: [
    (_, h) => `Soins en service de médecine polyvalente — ${h[0]}`,
    (t) => `Soins à domicile, cabinet infirmier — ${where(t)}`,
    (t, _, g) => `${g('Infirmier', 'Infirmière')} en EHPAD — ${where(t)}`,
    (t) => `Service de soins infirmiers à domicile (SSIAD) — ${where(t)}`,
  ],
  sage_femme: [
    (_, h) => `Salle de naissance et suites de couches — maternité du ${h[0].replace(/^Centre/, 'centre')}`,
    (t) => `Suivi gynécologique et préparation à la naissance, cabinet libéral — ${where(t)}`,
    (t) => `Protection maternelle et infantile — ${where(t)}`,
  ],
  secretaire: [
    (t) => `Accueil et secrétariat médical, cabinet de groupe — ${where(t)}`,
    (_, h) => `Secrétariat des consultations — ${h[0]}`,
    (t) => `Accueil et facturation, centre de radiologie — ${where(t)}`,
  ],
};
const skills: Record<Profession, string[]> = {
  medecin: ['Suivi des patients chroniques, pédiatrie, gynécologie de prévention', 'Petite chirurgie, gestes d’urgence (AFGSU 2)', 'Logiciels Weda et MLM, télétransmission'],
  infirmier: ['Soins techniques, pansements complexes, chimiothérapies à domicile', 'Éducation thérapeutique (diabète, insuffisance cardiaque)', 'AFGSU 2, vaccination'],
  sage_femme: ['Suivi de grossesse, contraception, IVG médicamenteuse', 'Rééducation périnéale, entretien prénatal précoce', 'Échographie de datation'],
  secretaire: ['Agenda partagé, Doctolib, dossier patient', 'Tiers payant, suivi des rejets, télétransmission', 'Accueil téléphonique, orientation des patients'],
};
const motives: ((g: Agree) => string)[] = [
  () => 'Je souhaite exercer en équipe, dans un centre où le secrétariat et la coordination me laissent du temps pour les patients.',
  (g) => `${g('Installé', 'Installée')} dans le département depuis plusieurs années, je souhaite y exercer durablement.`,
  () => 'Le statut salarié et le travail en équipe pluriprofessionnelle correspondent à ma façon d’exercer.',
  () => 'Les projets de prévention du centre rejoignent mon expérience et ce que je souhaite développer.',
  (g) => `${g('Ma conjointe', 'Mon conjoint')} travaille dans le secteur : un poste au centre nous permettrait de nous y installer.`,
  (g) => `J’ai découvert le centre lors d’un remplacement dans le secteur et son organisation m’a ${g('convaincu', 'convaincue')}.`,
];
const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** « Saint-Girons (Ariège) ». */
const where = ([town, department]: [string, string]) => `${town} (${departmentByCode(department)!.name})`;
/** « 12 mars 2025 ». */
const longDate = (iso: string) => `${Number(iso.slice(8, 10))} ${months[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
const slug = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Lines of at most 80 characters (simplePdf writes each line as it is, at 12 points on A4). */
function wrap(text: string, width = 80): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function planDocuments(today: string, centres: CentrePlan[], positions: PositionPlan[], candidates: CandidatePlan[], applications: ApplicationPlan[]): DocumentPlan[] {
  const random = new Random('documents');
  const centreByKey = new Map(centres.map((c) => [c.key, c]));
  const firstApplication = new Map<number, number>();
  applications.forEach((a, i) => {
    const known = firstApplication.get(a.candidate);
    if (known === undefined || a.history[0].on < applications[known].history[0].on) firstApplication.set(a.candidate, i);
  });
  const out: DocumentPlan[] = [];
  for (const [candidateIndex, applicationIndex] of [...firstApplication].sort((a, b) => a[0] - b[0])) {
    const candidate = candidates[candidateIndex];
    const application = applications[applicationIndex];
    const appliedOn = application.history[0].on;
    // HR keeps the recent files at hand; older applications came in by post or e-mail, some never scanned.
    const recent = daysBetween(appliedOn, today) <= 365;
    if (!random.chance(recent ? 0.7 : 0.25)) continue;
    const { firstName, lastName } = candidate.person;
    const female = isFemaleName(firstName);
    const g: Agree = (masculine, feminine) => (female ? feminine : masculine);
    const title: Record<Profession, string> = {
      medecin: 'Médecin généraliste',
      infirmier: g('Infirmier diplômé d’État', 'Infirmière diplômée d’État'),
      sage_femme: 'Sage-femme',
      secretaire: g('Secrétaire médical', 'Secrétaire médicale'),
    };
    const profession = candidate.profession;
    const year = Number(appliedOn.slice(0, 4));
    // The candidate's record opens at 09:00 UTC the day of first contact: the files come after.
    const at = (minutes: number) => parisLocalToIso(appliedOn, `${String(12 + Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);
    const droppedAt = random.int(0, 5 * 60 + 45);

    // The CV: who, diplomas, experience (most recent first), skills.
    const graduated = year - random.int(1, profession === 'medecin' ? 12 : 18);
    const home = random.pick(towns);
    const school = random.pick(schools[profession]);
    const entry = (years: string, text: string) => wrap(text, 80 - 11).map((line, k) => `${(k ? '' : years).padEnd(11)}${line}`);
    const training: [number, string, string?][] = diplomas[profession].map(([before, d]) => [graduated - before, d, school]);
    if (random.chance(0.5)) training.unshift([Math.min(year, graduated + random.int(1, 6)), random.pick(extras[profession])]);
    const lines = [
      `${firstName} ${lastName.toUpperCase()}`,
      title[profession],
      ...(candidate.rpps ? [`N° RPPS : ${candidate.rpps}`] : []),
      [candidate.email, candidate.phone].filter(Boolean).join(' — '),
      `Domicile : ${where(home)}`,
      '',
      'FORMATION',
      ...training.sort((a, b) => b[0] - a[0]).flatMap(([y, text, where]) => [...entry(String(y), text), ...(where ? entry('', where) : [])]),
      '',
      'EXPÉRIENCE PROFESSIONNELLE',
    ];
    // One to three posts from the diploma to the application, the most recent first.
    const posts = Math.min(random.int(1, 3), Math.max(1, year - graduated));
    let to = year;
    for (let k = posts; k > 0; k--) {
      const from = k === 1 ? graduated : Math.max(graduated + k - 1, to - random.int(1, 4));
      const job = random.pick(jobs[profession])(random.pick(towns), random.pick(hospitals), g);
      lines.push(...entry(from === to ? String(from) : `${from}–${to}`, job));
      to = from;
    }
    if (profession === 'medecin') lines.push(...entry(`${graduated - 3}–${graduated}`, `Internat de médecine générale — ${random.pick(hospitals)[0]}, stages en ambulatoire`));
    lines.push('', 'COMPÉTENCES', ...random.pick([skills[profession].slice(0, 2), skills[profession].slice(1)]), random.chance(0.7) ? 'Permis B' : 'Permis B, véhicule personnel');
    out.push({
      candidate: candidateIndex,
      application: applicationIndex,
      kind: 'cv',
      fileName: `CV ${firstName} ${lastName}.pdf`.replace(/ /g, random.chance(0.5) ? '_' : ' '),
      bytes: simplePdf(lines, `CV — ${firstName} ${lastName}`),
      createdAt: at(droppedAt),
    });

    // A cover letter, for some: addressed to the GIP, about the position.
    if (!random.chance(0.25)) continue;
    const position = positions[application.position];
    const centre = centreByKey.get(position.centre)!;
    const commune = communeByCode(centre.commune)!.name;
    const job = position.title.split(' — ')[0].toLowerCase();
    const letter = [
      `${firstName} ${lastName}`,
      candidate.email,
      '',
      'GIP « Ma santé, Ma Région » — service des ressources humaines',
      '',
      `${home[0]}, le ${longDate(appliedOn)}`,
      '',
      ...wrap(`Objet : candidature au poste de ${job} du centre de santé ${ofPlace(commune)}`),
      '',
      'Madame, Monsieur,',
      '',
      ...wrap(
        `Je vous adresse ma candidature au poste de ${job} que le GIP ouvre au centre de santé ${ofPlace(commune)}. ` +
          `${g('Diplômé', 'Diplômée')} depuis ${graduated}, j’exerce aujourd’hui dans le secteur ${ofPlace(home[0])}.`,
      ),
      '',
      ...wrap(random.pick(motives)(g)),
      '',
      ...wrap('Vous trouverez mon CV ci-joint. Je me tiens à votre disposition pour un entretien, au centre ou en visioconférence.'),
      '',
      'Je vous prie d’agréer, Madame, Monsieur, mes salutations distinguées.',
      '',
      `${firstName} ${lastName}`,
    ];
    out.push({
      candidate: candidateIndex,
      application: applicationIndex,
      kind: 'lettre',
      fileName: `Lettre de motivation - ${slug(lastName)}.pdf`,
      bytes: simplePdf(letter, `Lettre de motivation — ${firstName} ${lastName}`),
      createdAt: at(droppedAt + 1),
    });
  }
  return out;
}

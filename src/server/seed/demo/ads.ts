/**
 * The job ads of the published positions: a description, the profile sought, the contract, a gross
 * yearly salary range (for the position's FTE), a planned start, and the publication campaign — for
 * the positions open today, published some days after opening and closing one to three months ahead
 * (so /offres lists them); for the filled ones, a campaign long closed (their page answers « close »).
 * Drawn from their own random stream, after the recruitment, so no other row of the demonstration moves.
 */
import { addDays, maxDate } from '../../../domain/calendar';
import { services as serviceChoices, type Profession } from '../../../domain/enums';
import { communeByCode } from '../../../domain/reference';
import { Random } from '../random';
import type { CentrePlan } from './centres';
import type { PositionPlan } from './recruitment';

/** Gross €/year for one FTE, by profession: salaried practice in a health centre (grids of the GIP). */
const salaryRanges: Record<Profession, [number, number]> = {
  medecin: [66_000, 84_000],
  infirmier: [29_000, 37_000],
  sage_femme: [33_000, 43_000],
  secretaire: [22_500, 27_000],
};

const missions: Record<Profession, string[]> = {
  medecin: [
    'Vous assurez le suivi de médecin traitant de votre patientèle, les consultations programmées et les soins non programmés du centre.',
    'Vous travaillez en équipe avec les autres médecins, les infirmier·es et le secrétariat, qui prend en charge l’accueil, les rendez-vous et la facturation.',
    'Vous participez aux projets de prévention du territoire (dépistages, vaccination, éducation à la santé).',
  ],
  infirmier: [
    'Vous réalisez les soins techniques au centre et à domicile, l’éducation thérapeutique et le suivi des patients chroniques en lien avec les médecins.',
    'Vous participez aux actions de prévention et aux protocoles de coopération du centre (Asalée, vaccination).',
  ],
  sage_femme: [
    'Vous assurez le suivi gynécologique de prévention, la contraception, le suivi de grossesse et la rééducation périnéale.',
    'Vous travaillez en lien avec les médecins du centre et la maternité de référence, et menez des actions de prévention auprès des jeunes.',
  ],
  secretaire: [
    'Vous accueillez les patients au centre et au téléphone, gérez l’agenda des professionnels et le dossier administratif des patients.',
    'Vous assurez la facturation en tiers payant et le suivi des rejets, en lien avec la coordination du centre.',
  ],
};

const profiles: Record<Profession, string[]> = {
  medecin: [
    'Docteur en médecine, qualifié·e en médecine générale, inscrit·e (ou en cours d’inscription) au tableau de l’Ordre des médecins.',
    'Les jeunes médecins sont les bienvenu·es : accompagnement à l’installation, temps de coordination rémunéré, possibilité de devenir maître de stage.',
  ],
  infirmier: [
    'Diplôme d’État d’infirmier·e, inscription à l’Ordre national des infirmiers.',
    'Permis B indispensable (visites à domicile) ; une expérience en soins de ville est appréciée.',
  ],
  sage_femme: [
    'Diplôme d’État de sage-femme, inscription à l’Ordre des sages-femmes.',
    'Une expérience en suivi gynécologique ou en libéral est appréciée.',
  ],
  secretaire: [
    'Formation de secrétaire médical·e ou expérience équivalente ; maîtrise d’un logiciel de gestion de cabinet.',
    'Sens de l’accueil, discrétion (secret médical), goût du travail en équipe.',
  ],
};

const benefits = [
  'Statut salarié du GIP « Ma santé, Ma Région » : pas de gestion administrative, congés payés, protection sociale, formation continue prise en charge.',
  'Locaux neufs, matériel fourni, logiciel médical partagé.',
  'Aide à la recherche de logement et à l’emploi du conjoint avec la commune.',
];

const round500 = (n: number) => Math.round(n / 500) * 500;

/** Fills the ad fields of every published position (in place). */
export function planAds(today: string, centres: CentrePlan[], positions: PositionPlan[]) {
  const random = new Random('ads');
  const centreByKey = new Map(centres.map((c) => [c.key, c]));
  for (const p of positions) {
    if (!p.published) continue;
    const centre = centreByKey.get(p.centre)!;
    const commune = communeByCode(centre.commune)!.name;
    const offered = centre.services.map((s) => {
      const label = serviceChoices.label(s as never);
      return label[0].toLowerCase() + label.slice(1);
    });
    const [low, high] = salaryRanges[p.profession];
    const salaryMin = round500(low * p.fte + random.int(0, 4) * 500);
    const salaryMax = round500(Math.max(salaryMin + 3000, high * p.fte - random.int(0, 4) * 500));
    const opening = centre.status === 'travaux' ? `, qui ouvrira prochainement à ${commune},` : '';
    const time = p.fte === 1 ? 'à temps plein' : `à ${Math.round(p.fte * 100)} % (${p.fte.toLocaleString('fr-FR')} ETP)`;
    p.description = [
      `Le ${centre.name.replace(/^Centre/, 'centre')}${opening} recrute un·e ${p.title.split(' — ')[0].toLowerCase()} ${time}.`,
      ...missions[p.profession].slice(0, random.int(2, missions[p.profession].length)),
      offered.length ? `Le centre propose : ${offered.join(', ')}.` : '',
      random.pick(benefits),
    ]
      .filter(Boolean)
      .join('\n\n');
    p.requirements = profiles[p.profession].join('\n');
    p.contract = random.chance(0.85) ? 'cdi' : 'cdd';
    p.salaryMin = salaryMin;
    p.salaryMax = salaryMax;
    if (p.status === 'ouvert') {
      // Online now: published a few days after opening, closing one and a half to four months from today.
      p.publishedOn = addDays(p.openedOn, random.int(0, 6));
      if (p.publishedOn > today) p.publishedOn = today;
      p.closesOn = addDays(today, random.int(45, 120));
      p.plannedStartOn = addDays(p.closesOn, random.int(20, 75));
    } else {
      p.publishedOn = p.openedOn;
      p.closesOn = addDays(p.openedOn, random.int(30, 60));
      p.plannedStartOn = maxDate(addDays(p.closesOn, random.int(15, 60)), p.closesOn);
    }
  }
}

/**
 * The plan: every row of the demonstration, with local keys, before any insert. Each section draws
 * from its own named random stream (random.ts), except the persons, drawn in order by the hires then
 * the recruitment.
 */
import { compareDates } from '../../../domain/calendar';
import { defaultTarget } from '../../../domain/stats';
import { Random } from '../random';
import { planActivity, type ActivityPlan } from './activity';
import { planAds } from './ads';
import { fillServices, planCentres, type CentrePlan } from './centres';
import { planDocuments, type DocumentPlan } from './documents';
import { DEMO_TODAY } from './facts';
import { planHires, type HirePlan } from './hires';
import { planInterviews, type InterviewPlan } from './interviews';
import { planMembers, type MemberPlan } from './members';
import { planNotes, type NotePlan } from './notes';
import { People } from './people';
import { planRecruitment, type RecruitmentPlan } from './recruitment';
import { planOutcomeReasons } from './reasons';

export interface DemoPlan extends RecruitmentPlan {
  members: MemberPlan[];
  centres: CentrePlan[];
  hires: HirePlan[];
  activities: ActivityPlan[];
  targets: { year: number; professionals: number; centres: number }[];
  documents: DocumentPlan[];
  interviews: InterviewPlan[];
  notes: NotePlan[];
}

/**
 * Every row of the demonstration, before insertion. `today` may be later than DEMO_TODAY (recruitment
 * and activity then go on month by month), not earlier: the record's centres would open in the future.
 */
export function planDemo(today = DEMO_TODAY): DemoPlan {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || today < DEMO_TODAY) throw new Error(`Demonstration « today » must be ${DEMO_TODAY} or later, not ${today}`);
  const people = new People(new Random('people'));

  const members = planMembers();
  const centres = planCentres(today, members);
  const hires = planHires(today, centres, people);
  fillServices(centres, hires);
  const recruitment = planRecruitment(today, centres, hires, people);
  planAds(today, centres, recruitment.positions);
  const activities = planActivity(today, centres, hires);
  // The candidates' files, interviews and HR notes: each its own stream, after everything they follow.
  const { positions, candidates, applications } = recruitment;
  const documents = planDocuments(today, centres, positions, candidates, applications);
  const interviews = planInterviews(today, centres, positions, applications);
  const notes = planNotes(today, centres, positions, candidates, applications);
  planOutcomeReasons(positions, applications);

  // Yearly hiring targets (the domain's defaults: 40 in 2022, then 27, 27, 27, 27, 26, 26 — 200 by 2028).
  const targets = [2022, 2023, 2024, 2025, 2026, 2027, 2028].map((year) => defaultTarget(year));

  members.list.sort((a, b) => compareDates(a.joinedOn, b.joinedOn)); // stable: founders in the order they were added
  return { members: members.list, centres, hires, ...recruitment, activities, targets, documents, interviews, notes };
}

/**
 * Monthly activity of each open centre, from its staff's full-time equivalents, its age and the season,
 * calibrated on the record's totals (consultations up to June 2023 and up to March 2025, new referring
 * patients up to March 2025).
 */
import { addMonths, daysInMonth, minDate, monthOf, toDays } from '../../../domain/calendar';
import { Random } from '../random';
import { LANGOGNE_SUSPENDED_AFTER, type CentrePlan } from './centres';
import { demoFacts } from './facts';
import type { HirePlan } from './hires';

export interface ActivityPlan {
  centre: string;
  month: string;
  scheduled: number;
  unscheduled: number;
  homeVisits: number;
  outOfHoursShifts: number;
  newReferringPatients: number;
}

/** Consultations by month of the year: summer and Christmas holidays, winter epidemics. */
const seasons = [1.08, 1.04, 1, 0.97, 0.95, 0.97, 0.9, 0.8, 1, 1.02, 1.04, 0.94];

export function planActivity(today: string, centres: CentrePlan[], hires: HirePlan[]): ActivityPlan[] {
  const random = new Random('activity');
  const lastMonth = addMonths(today, -1);
  type Raw = { centre: string; month: string; consultations: number; newPatients: number; shifts: number; homeShare: number; unscheduledShare: number };
  const raw: Raw[] = [];
  for (const c of centres) {
    if (!c.openedOn) continue;
    const endMonth = c.closedOn ? monthOf(c.closedOn) : c.status === 'suspendu' ? monthOf(LANGOGNE_SUSPENDED_AFTER) : lastMonth;
    const staff = hires.filter((h) => h.centre === c.key && h.profession !== 'secretaire');
    for (let month = monthOf(c.openedOn), age = 0; month <= minDate(endMonth, lastMonth); month = addMonths(month, 1), age++) {
      const first = toDays(month);
      const days = daysInMonth(month);
      let doctorFte = 0;
      let otherFte = 0;
      let rota = 0;
      for (const h of staff) {
        const from = Math.max(first, toDays(h.startOn));
        const to = Math.min(first + days - 1, h.endOn ? toDays(h.endOn) : first + days - 1);
        if (to < from) continue;
        const share = ((to - from + 1) / days) * h.fte;
        if (h.profession === 'medecin') doctorFte += share;
        else otherFte += share;
        if (h.outOfHours) rota += (to - from + 1) / days;
      }
      const rampUp = Math.min(1, 0.45 + 0.1 * age);
      const season = seasons[Number(month.slice(5, 7)) - 1];
      const consultations = (doctorFte * 300 + otherFte * 60) * rampUp * season * (0.9 + 0.2 * random.float());
      // New patients choosing a médecin traitant: many in the first months, fewer later.
      const newPatients = consultations * (0.05 + (0.2 * 12) / (12 + age));
      raw.push({
        centre: c.key,
        month,
        consultations,
        newPatients,
        shifts: rota * random.int(2, 4),
        homeShare: 0.04 + 0.03 * random.float() + (otherFte > 0 ? 0.03 : 0),
        unscheduledShare: 0.24 + 0.08 * random.float(),
      });
    }
  }
  // Calibrate on the record: ≈ 50,000 consultations up to June 2023, ≈ 300,000 and 31,000 new
  // referring patients up to March 2025. The rate per doctor is a + b·w(month), w going from 1 (2022)
  // down to 0 (mid-2024) so that it changes smoothly; a and b solve the two totals.
  const [early, record] = demoFacts.activity;
  const through = (m: string) => `${m}-01`;
  const w = (month: string) => {
    const index = (Number(month.slice(0, 4)) - 2023) * 12 + Number(month.slice(5, 7)) - 1; // 0 = Jan 2023
    return Math.min(1, Math.max(0, 1 - index / 18));
  };
  const sum = (rows: Raw[], f: (r: Raw) => number) => rows.reduce((s, r) => s + f(r), 0);
  const firstPeriod = raw.filter((r) => r.month <= through(early.throughMonth));
  const upToRecord = raw.filter((r) => r.month <= through(record.throughMonth));
  const [r1, w1] = [sum(firstPeriod, (r) => r.consultations), sum(firstPeriod, (r) => r.consultations * w(r.month))];
  const [r2, w2] = [sum(upToRecord, (r) => r.consultations), sum(upToRecord, (r) => r.consultations * w(r.month))];
  const determinant = r1 * w2 - r2 * w1;
  const a = (early.consultations * w2 - record.consultations * w1) / determinant;
  const b = (r1 * record.consultations - r2 * early.consultations) / determinant;
  const rate = (month: string) => a + b * w(month);
  const kn = record.newReferringPatients / sum(upToRecord, (r) => r.newPatients * rate(r.month));

  return raw.map((r) => {
    const k = rate(r.month);
    const consultations = Math.round(r.consultations * k);
    const homeVisits = Math.round(consultations * r.homeShare);
    const unscheduled = Math.round(consultations * r.unscheduledShare);
    return {
      centre: r.centre,
      month: r.month,
      scheduled: consultations - homeVisits - unscheduled,
      unscheduled,
      homeVisits,
      outOfHoursShifts: Math.round(r.shifts),
      newReferringPatients: Math.round(r.newPatients * k * kn),
    };
  });
}

/**
 * The public record's dates and figures (DESIGN.md, « The public record »), as the demonstration data
 * tells them: what the other modules aim at and what the tests check.
 *
 * Counting rules used for the public figures: staff are counted when active on the date
 * (startOn ≤ date ≤ endOn) and their contract is counted (`countedContracts` setting: CDI only, as the
 * GIP's published figures leave out CDD and vacations); « centres » are the main centres open on the
 * date, antennes apart.
 */
import type { Contract } from '../../../domain/enums';

/**
 * The demonstration's « today »: fixed, so that every fresh start shows the same data (the seed reads
 * no clock; `seedDemo` and `planDemo` accept a later day).
 */
export const DEMO_TODAY = '2026-11-24';

/**
 * The public record as the demonstration data tells it, for tests and for anyone checking a screen.
 * Staff figures: active on the date, CDI only (`countedContracts`). Centres: main centres open on the
 * date (antennes apart). Consultations: scheduled + unscheduled + home visits, summed over the months
 * up to and including `throughMonth`.
 */
export const demoFacts = {
  today: DEMO_TODAY,
  foundedOn: '2022-06-17',
  founders: 18,
  members: [{ on: '2023-01-20', count: 31, joinedThatDay: 9 }],
  firstCentre: { communeCode: '09257', name: 'Centre de santé de Sainte-Croix-Volvestre', openedOn: '2022-07-01', epci: '200067940' },
  centresOpen: [
    { on: '2023-01-20', count: 7 },
    { on: '2023-07-15', count: 11 },
    { on: '2024-06-30', count: 19 },
    { on: '2025-04-30', count: 22 },
  ],
  staff: [
    { on: '2023-01-20', medecin: 27, secretaire: 13 },
    { on: '2023-07-15', medecin: 44, secretaire: 21, sage_femme: 1, total: 66 },
    { on: '2024-06-30', medecin: 80 },
    { on: '2025-04-30', medecin: 100 },
  ],
  /** Hires (any profession and contract) that started in 2022. */
  hiresIn2022: 40,
  /** CDI doctors recruited per month after April 2025. */
  doctorsPerMonthAfterApril2025: { min: 3, max: 5 },
  activity: [
    { throughMonth: '2023-06', consultations: 50_000 },
    { throughMonth: '2025-03', consultations: 300_000, newReferringPatients: 31_000 },
  ],
  countedContracts: ['cdi'] as Contract[],
  /** Communes named in the record, with the month their centre opened. */
  namedCentres: {
    '31503': '2023-02', // Saint-Martory
    '81124': '2023-02', // Lacaune
    '30258': '2023-04', // Saint-Gilles
    '30151': '2023-06', // Lussan
    '31157': '2025-04', // Cugnaux
  } as Record<string, string>,
  antennes: [
    { communeCode: '11041', parentCommuneCode: '81163' }, // Bize-Minervois, antenne of Mazamet
    { communeCode: '09070', parentCommuneCode: '09257' }, // Les Cabannes, antenne of Sainte-Croix-Volvestre
  ],
} as const;

/**
 * Demonstration data that tells the GIP's public record (DESIGN.md, « The public record »): real
 * organisations, communes and dates; fictitious persons, contacts, e-mail addresses (example.org /
 * example.com), phone numbers (ranges reserved for fiction) and RPPS/FINESS numbers (valid check keys).
 *
 * Deterministic: seeded PRNG, no clock (`today` is a parameter, DEMO_TODAY by default), so every fresh
 * start shows the same data. Browser-safe: imports only the domain (with the reference geography) and
 * the Drizzle schema, because the static demo runs it inside msw.
 *
 * One module per section: facts (the record's dates and figures), members, centres, people (names),
 * hires, recruitment (positions, candidates, applications), activity, plan (all of them, in order) and
 * insert (writing to the database).
 */
export { demoAccounts } from '../../../domain/demo';
export { DEMO_TODAY, demoFacts } from './facts';
export { analyze, seedDemo } from './insert';
export { ofPlace } from './members';
export { planDemo, type DemoPlan } from './plan';

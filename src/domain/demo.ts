/**
 * The demonstration accounts, created by the demo seed (src/server/seed/demo/) with the password
 * « maillage-demo », listed by `npm start`, the README and the sign-in page of the demo.
 */
export const demoAccounts = [
  { email: 'admin@maillage.demo', name: 'Administratrice Maillage', role: 'admin', memberName: null },
  { email: 'region@maillage.demo', name: 'Hélène Castan', role: 'region', memberName: null },
  { email: 'rh@maillage.demo', name: 'Julien Bousquet', role: 'hr', memberName: null },
  { email: 'haute-ariege@maillage.demo', name: 'Sophie Galy', role: 'member', memberName: 'CC de la Haute Ariège' },
  { email: 'couserans@maillage.demo', name: 'Marc Espinasse', role: 'member', memberName: 'CC Couserans-Pyrénées' },
] as const;

/**
 * The 13 departments of Occitanie by code and name, without the rest of the reference geography:
 * the app's department filters and inputs need only these, and the full geography (4,446 communes,
 * ~300 KB) is then loaded only by the screens that show or choose a commune. Same codes and names as
 * occitanie.json (a test compares them).
 */
export const occitanieDepartments: readonly { readonly code: string; readonly name: string }[] = [
  { code: '09', name: 'Ariège' },
  { code: '11', name: 'Aude' },
  { code: '12', name: 'Aveyron' },
  { code: '30', name: 'Gard' },
  { code: '31', name: 'Haute-Garonne' },
  { code: '32', name: 'Gers' },
  { code: '34', name: 'Hérault' },
  { code: '46', name: 'Lot' },
  { code: '48', name: 'Lozère' },
  { code: '65', name: 'Hautes-Pyrénées' },
  { code: '66', name: 'Pyrénées-Orientales' },
  { code: '81', name: 'Tarn' },
  { code: '82', name: 'Tarn-et-Garonne' },
];

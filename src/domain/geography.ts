/**
 * A commune's department from its INSEE code: the first two characters (« 09257 » → « 09 », Corsica's
 * « 2A004 » → « 2A »), three for the overseas departments (« 97411 » → « 974 »).
 */
export function departmentOfCommune(communeCode: string): string {
  return communeCode.startsWith('97') ? communeCode.slice(0, 3) : communeCode.slice(0, 2);
}

/**
 * Accent- and case-folding of French text, identical in JavaScript and in SQL.
 *
 * PGlite's database collation is `C` (code-point order, and `lower()` only folds ASCII), PostgreSQL's
 * may differ: to sort and search the same way on both, the server sorts and searches on the folded
 * key built by SQL `translate(lower(x), FOLD_FROM, FOLD_TO)`; `fold()` is the same function in JS.
 */
export const FOLD_FROM = "ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖòóôõöÙÚÛÜùúûüÝŸýÿ-'’";
export const FOLD_TO = "aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyyy   ";

const table = new Map<string, string>();
for (let i = 0; i < FOLD_FROM.length; i++) table.set(FOLD_FROM[i], FOLD_TO[i]);

/** Lower-case ASCII, strip French diacritics, hyphens and apostrophes become spaces. */
export function fold(value: string): string {
  let out = '';
  for (const ch of value) {
    const mapped = table.get(ch);
    out += mapped ?? (ch >= 'A' && ch <= 'Z' ? ch.toLowerCase() : ch);
  }
  return out;
}

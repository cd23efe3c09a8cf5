/**
 * French typography for the French catalogue: a non-breaking space before « : » (U+00A0) and a narrow
 * one before « ; », « ? » and « ! » (U+202F, the « espace fine insécable »), and non-breaking spaces
 * inside « guillemets », so that a line never starts with the punctuation nor a quote mark ends one
 * alone. The catalogues are written with ordinary spaces (or none, as react-admin's « au choix: »);
 * fr.ts passes them through here. A colon that is not followed by a space (« 14:30 », « https: ») is
 * not punctuation and is left as it is.
 */
export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

const spaces = '[ \\u00a0\\u202f]*';
const punctuation = new RegExp(`(\\S)${spaces}([:;?!])(?=[\\s»)]|$)`, 'g');
const opening = new RegExp(`«${spaces}`, 'g');
const closing = new RegExp(`${spaces}»`, 'g');

export function frenchSpacing(text: string): string {
  return text
    .replace(punctuation, (_, before: string, mark: string) => `${before}${mark === ':' ? NBSP : NNBSP}${mark}`)
    .replace(opening, `«${NBSP}`)
    .replace(closing, `${NBSP}»`);
}

type Messages = { [key: string]: string | Messages };

/** Every string of a catalogue (any depth) through frenchSpacing; keys and structure unchanged. */
export function typeset<T>(messages: T): T {
  const walk = (value: unknown): unknown =>
    typeof value === 'string'
      ? frenchSpacing(value)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value as Messages).map(([k, v]) => [k, walk(v)]))
        : value;
  return walk(messages) as T;
}

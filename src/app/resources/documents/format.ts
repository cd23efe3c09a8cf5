/**
 * A file's size as a reader of the app's language writes it: « 850 o », « 12 ko », « 1,2 Mo » (French
 * units, binary multiples as the 10 Mo limit is: 10 × 1 024 × 1 024 bytes), one decimal under ten.
 */
export function fileSize(bytes: number, locale: string, units: { bytes: string; kilo: string; mega: string }): string {
  const format = (n: number) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'fr-FR', { maximumFractionDigits: n < 10 ? 1 : 0 }).format(n);
  const unit = (template: string, n: string) => template.replace('%{n}', n);
  if (bytes < 1024) return unit(units.bytes, String(bytes));
  if (bytes < 1024 * 1024) return unit(units.kilo, format(bytes / 1024));
  return unit(units.mega, format(bytes / (1024 * 1024)));
}

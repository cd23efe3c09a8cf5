import { useEffect, useState } from 'react';
import { occitanieDepartments } from '../../domain/reference/departments';
import type { Commune } from '../../domain/reference';

/** The 13 departments of Occitanie for a SelectInput: « Ariège (09) ». */
export const departmentChoices = occitanieDepartments.map((d) => ({ id: d.code, name: `${d.name} (${d.code})` }));

export type Reference = typeof import('../../domain/reference');

let loaded: Reference | undefined;
let loading: Promise<Reference> | undefined;

/**
 * The reference geography (4,446 communes, ~90 KB gzip) is not part of the first page: it is loaded
 * once, by the first commune field or input shown, then kept.
 */
export function loadReference(): Promise<Reference> {
  loading ??= import('../../domain/reference').then((m) => (loaded = m));
  return loading;
}

/** The reference geography, or undefined while it loads (the component renders again when it is there). */
export function useReference(): Reference | undefined {
  const [reference, setReference] = useState(loaded);
  useEffect(() => {
    if (reference) return;
    let mounted = true;
    loadReference().then(
      (m) => mounted && setReference(m),
      (error: unknown) => console.error(error),
    );
    return () => {
      mounted = false;
    };
  }, [reference]);
  return reference;
}

/**
 * « Sainte-Croix-Volvestre (09257) », or the bare code when it is not a commune of Occitanie or while
 * the reference geography is still loading.
 */
export function communeLabel(code: string | null | undefined | Commune, reference: Reference | undefined = loaded): string {
  if (!code) return '';
  const commune = typeof code === 'string' ? reference?.communeByCode(code) : code;
  return commune ? `${commune.name} (${commune.code})` : String(code);
}

import type { ComponentType } from 'react';
import type { ResourceProps } from 'react-admin';
import type { ResourceDescription } from '../../domain/resource';
import { representationOf } from '../fields';

/** What each resource folder's index.ts exports, spread into `<Resource name=… {...module} />`. */
export interface ResourceModule {
  list: ComponentType;
  show?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
  icon: ComponentType;
  recordRepresentation: NonNullable<ResourceProps['recordRepresentation']>;
}

export function resourceModule(description: ResourceDescription, screens: Omit<ResourceModule, 'recordRepresentation'>): ResourceModule {
  return { ...screens, recordRepresentation: representationOf(description) };
}

import type { ComponentType } from 'react';
import type { ResourceProps } from 'react-admin';
import type { ResourceDescription } from '../../domain/resource';
import { representationOf } from '../fields';
import { guarded } from './guard';

/** What each resource folder's index.ts exports, spread into `<Resource name=… {...module} />`. */
export interface ResourceModule {
  list: ComponentType;
  show?: ComponentType;
  edit?: ComponentType;
  create?: ComponentType;
  icon: ComponentType;
  recordRepresentation: NonNullable<ResourceProps['recordRepresentation']>;
}

/** A resource's screens, each mounted only when canAccess allows it (guard.tsx), and how its records are named. */
export function resourceModule(description: ResourceDescription, screens: Omit<ResourceModule, 'recordRepresentation'>): ResourceModule {
  const { list, show, edit, create, icon } = screens;
  return {
    list: guarded(list, 'list'),
    show: show && guarded(show, 'show'),
    edit: edit && guarded(edit, 'edit'),
    create: create && guarded(create, 'create'),
    icon,
    recordRepresentation: representationOf(description),
  };
}

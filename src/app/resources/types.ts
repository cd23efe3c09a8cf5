import { lazy, type ComponentType } from 'react';
import type { ResourceProps } from 'react-admin';
import type { ResourceDescription } from '../../domain/resource';
import { representationOf } from '../fields';
import { guarded, type ScreenAction } from './guard';

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

/** A resource folder's screens.ts: its screens under the names of their actions. */
export type Screens = Partial<Record<ScreenAction, ComponentType>>;

/**
 * Like `resourceModule`, but the screens are in a chunk of their own, loaded when one of them is
 * first shown (react-admin's layout shows « Chargement » meanwhile, through its Suspense): the first
 * page (sign-in, dashboard) does not carry the code of ten resources' screens. `actions` lists the
 * screens the folder has, so that react-admin knows before loading them (hasCreate, hasShow…).
 */
export function lazyResourceModule(
  description: ResourceDescription,
  icon: ComponentType,
  actions: readonly ScreenAction[],
  load: () => Promise<Screens>,
): ResourceModule {
  const screen = (action: ScreenAction) =>
    lazy(async () => {
      const Screen = (await load())[action];
      if (!Screen) throw new Error(`${description.name} : pas d’écran « ${action} »`);
      return { default: Screen };
    });
  const screens: Screens = Object.fromEntries(actions.map((action) => [action, screen(action)]));
  return resourceModule(description, { ...screens, list: screens.list ?? screen('list'), icon });
}

import type { ComponentType } from 'react';
import { Loading, useBasename, useCanAccess, useResourceContext } from 'react-admin';
import { Navigate } from 'react-router-dom';

export type ScreenAction = 'list' | 'show' | 'edit' | 'create';

/**
 * A resource screen that mounts only once `authProvider.canAccess` has said yes. react-admin 5's
 * controllers do ask canAccess, but they enable their query as soon as the answer is *known*, not
 * when it is *yes*, and go to /access-denied in an effect — after the request has left: a member
 * typing /candidates got one 403 before « Non autorisé ». Here nothing is fetched until access is
 * granted; a refusal goes straight to react-admin's access-denied page (replacing the history entry,
 * so « Back » does not lead to it again).
 */
export function guarded(Screen: ComponentType, action: ScreenAction): ComponentType {
  function Guarded() {
    const resource = useResourceContext();
    const basename = useBasename();
    const { canAccess, isPending, error } = useCanAccess({ resource, action });
    if (isPending) return <Loading />;
    if (error) return <Navigate to={`${basename}/authentication-error`} replace />;
    if (!canAccess) return <Navigate to={`${basename}/access-denied`} replace />;
    return <Screen />;
  }
  Guarded.displayName = `Guarded(${Screen.displayName ?? Screen.name})`;
  return Guarded;
}

import { ListSubheader } from '@mui/material';
import { Menu as RaMenu, useCanAccessResources, useHasDashboard, useSidebarState, useTranslate } from 'react-admin';

/**
 * The menu, grouped by audience. Each item shows only when the signed-in user may list the resource
 * (canAccess, from the policy table); a group whose items are all hidden loses its heading too.
 * The dashboard (when the app has one) opens « Pilotage ».
 */
const groups = [
  { label: 'maillage.network.menu.steering', resources: ['targets', 'activities'] },
  { label: 'maillage.network.menu.network', resources: ['members', 'centres'] },
  { label: 'maillage.network.menu.recruitment', resources: ['positions', 'candidates', 'applications', 'interviews', 'documents', 'hires', 'emails', 'email-templates'] },
  { label: 'maillage.network.menu.administration', resources: ['users', 'audit'] },
] as const;

const allResources = groups.flatMap((g) => g.resources);

export function Menu() {
  const translate = useTranslate();
  const hasDashboard = useHasDashboard();
  const [open] = useSidebarState();
  const { canAccess } = useCanAccessResources({ action: 'list', resources: [...allResources] });
  return (
    <RaMenu aria-label={translate('maillage.network.menu.label')}>
      {groups.map((group, index) => {
        const visible = index === 0 ? hasDashboard || group.resources.some((r) => canAccess?.[r]) : group.resources.some((r) => canAccess?.[r]);
        if (!visible) return null;
        return [
          open ? (
            <ListSubheader
              key={`${group.label}-heading`}
              component="li"
              role="presentation"
              disableSticky
              sx={{ bgcolor: 'transparent', lineHeight: 2.5, mt: index === 0 ? 0 : 1, fontWeight: 700, color: 'text.secondary' }}
            >
              {translate(group.label)}
            </ListSubheader>
          ) : null,
          index === 0 && hasDashboard ? <RaMenu.DashboardItem key="dashboard" /> : null,
          ...group.resources.map((name) => <RaMenu.ResourceItem key={name} name={name} />),
        ];
      })}
    </RaMenu>
  );
}

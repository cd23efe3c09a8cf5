import TableRowsIcon from '@mui/icons-material/TableRows';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { Button, ButtonGroup } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';

/**
 * « Liste / Tableau »: the applications as a list or as the recruitment board. Two links (the current
 * one marked `aria-current="page"`), not toggle buttons: a link may not carry `aria-pressed`.
 */
export function ViewToggle({ current }: { current: 'list' | 'board' }) {
  const translate = useTranslate();
  const views = [
    { value: 'list', to: '/applications', icon: <TableRowsIcon fontSize="small" />, label: 'viewList' },
    { value: 'board', to: '/applications/board', icon: <ViewKanbanIcon fontSize="small" />, label: 'viewBoard' },
  ] as const;
  return (
    <ButtonGroup size="small" role="group" aria-label={translate('maillage.recruitment.applications.views')}>
      {views.map((view) => (
        <Button
          key={view.value}
          component={Link}
          to={view.to}
          startIcon={view.icon}
          variant={current === view.value ? 'contained' : 'outlined'}
          aria-current={current === view.value ? 'page' : undefined}
        >
          {translate(`maillage.recruitment.applications.${view.label}`)}
        </Button>
      ))}
    </ButtonGroup>
  );
}

import TableRowsIcon from '@mui/icons-material/TableRows';
import ViewKanbanIcon from '@mui/icons-material/ViewKanban';
import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { Link } from 'react-router-dom';
import { useTranslate } from 'react-admin';

/** « Liste / Tableau »: the applications as a list or as the recruitment board. */
export function ViewToggle({ current }: { current: 'list' | 'board' }) {
  const translate = useTranslate();
  return (
    <ToggleButtonGroup value={current} exclusive size="small" aria-label={translate('maillage.recruitment.applications.views')}
      sx={{ '& .MuiToggleButton-root': { color: 'text.primary' } }}
    >
      <ToggleButton value="list" component={Link} to="/applications" aria-current={current === 'list' ? 'page' : undefined}>
        <TableRowsIcon fontSize="small" sx={{ mr: 0.5 }} />
        {translate('maillage.recruitment.applications.viewList')}
      </ToggleButton>
      <ToggleButton value="board" component={Link} to="/applications/board" aria-current={current === 'board' ? 'page' : undefined}>
        <ViewKanbanIcon fontSize="small" sx={{ mr: 0.5 }} />
        {translate('maillage.recruitment.applications.viewBoard')}
      </ToggleButton>
    </ToggleButtonGroup>
  );
}

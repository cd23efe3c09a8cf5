import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate, type RaRecord } from 'react-admin';
import { professions } from '../../../../domain/enums';
import type { BoardFilter } from './useBoard';

interface Props {
  filter: BoardFilter;
  onChange: (filter: BoardFilter) => void;
  centres: RaRecord[];
  positions: RaRecord[];
}

/** Centre, profession and position; the position list narrows to the centre and profession chosen. */
export function BoardFilters({ filter, onChange, centres, positions }: Props) {
  const translate = useTranslate();
  const shown = positions.filter(
    (p) => (!filter.centreId || p.centreId === filter.centreId) && (!filter.profession || p.profession === filter.profession),
  );
  const centreName = (id: unknown) => centres.find((c) => c.id === id)?.name ?? '';
  const positionName = (p: RaRecord) =>
    `${p.title || translate(`maillage.enums.professions.${p.profession}`)} — ${centreName(p.centreId)}`;
  const number = (v: string) => (v === '' ? undefined : Number(v));
  return (
    <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" sx={{ mb: 2 }}>
      <TextField
        select
        size="small"
        label={translate('maillage.recruitment.filters.centre')}
        value={filter.centreId ?? ''}
        onChange={(e) => onChange({ ...filter, centreId: number(e.target.value), positionId: undefined })}
        fullWidth={false}
        sx={{ width: 240 }}
      >
        <MenuItem value="">{translate('maillage.recruitment.board.allCentres')}</MenuItem>
        {centres.map((c) => (
          <MenuItem key={c.id} value={c.id}>
            {c.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={translate('maillage.recruitment.filters.profession')}
        value={filter.profession ?? ''}
        onChange={(e) => onChange({ ...filter, profession: e.target.value || undefined, positionId: undefined })}
        fullWidth={false}
        sx={{ width: 220 }}
      >
        <MenuItem value="">{translate('maillage.recruitment.board.allProfessions')}</MenuItem>
        {professions.values.map((p) => (
          <MenuItem key={p} value={p}>
            {translate(`maillage.enums.professions.${p}`)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={translate('maillage.recruitment.filters.position')}
        value={filter.positionId ?? ''}
        onChange={(e) => onChange({ ...filter, positionId: number(e.target.value) })}
        fullWidth={false}
        sx={{ width: 320, maxWidth: '100%' }}
      >
        <MenuItem value="">{translate('maillage.recruitment.board.allPositions')}</MenuItem>
        {shown.map((p) => (
          <MenuItem key={p.id} value={p.id}>
            {positionName(p)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}

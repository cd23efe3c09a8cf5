import { Chip, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Says, on every screen, that the data shown is demonstration data. */
export function DemoChip() {
  const translate = useTranslate();
  return (
    <Tooltip title={translate('maillage.demo.explanation')} describeChild>
      <Chip
        label={translate('maillage.demo.chip')}
        size="small"
        sx={{ mx: 1, bgcolor: 'background.paper', color: 'primary.main', fontWeight: 600, border: 1, borderColor: 'primary.main' }}
      />
    </Tooltip>
  );
}

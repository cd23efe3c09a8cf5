import { Chip, Tooltip } from '@mui/material';
import { visuallyHidden } from '@mui/utils';
import { useTranslate } from 'react-admin';

/**
 * Says, on every screen, that the data shown is demonstration data. On a phone (`compact`) it reads
 * « Démo », so that the page's title keeps room; a screen reader still hears the whole words.
 */
export function DemoChip({ compact = false }: { compact?: boolean }) {
  const translate = useTranslate();
  const label = compact ? (
    <>
      <span aria-hidden="true">{translate('maillage.demo.short')}</span>
      <span style={visuallyHidden}>{translate('maillage.demo.chip')}</span>
    </>
  ) : (
    translate('maillage.demo.chip')
  );
  return (
    <Tooltip title={translate('maillage.demo.explanation')} describeChild>
      <Chip
        label={label}
        size="small"
        sx={{ mx: compact ? 0.5 : 1, bgcolor: 'background.paper', color: 'primary.main', fontWeight: 600, border: 1, borderColor: 'primary.main' }}
      />
    </Tooltip>
  );
}

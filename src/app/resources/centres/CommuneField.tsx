import { Typography } from '@mui/material';
import { useFieldValue, type FieldProps } from 'react-admin';
import { communeLabel, useReference } from '../../forms';

/** A commune by its name and INSEE code, « Sainte-Croix-Volvestre (09257) »; the bare code while the communes load. */
export function CommuneField({ source }: FieldProps & { source: string }) {
  const code = useFieldValue({ source }) as string | null | undefined;
  const reference = useReference();
  return (
    <Typography component="span" variant="body2">
      {code ? communeLabel(code, reference) : '—'}
    </Typography>
  );
}

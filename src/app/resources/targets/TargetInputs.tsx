import { Box } from '@mui/material';
import { NumberInput, required } from 'react-admin';
import { targets } from '../../../domain/resources';
import { fieldsOf } from '../../fields';

const f = fieldsOf(targets);
const mandatory = required();

/** A year's recruitment and opening targets, shared by TargetCreate and TargetEdit. */
export function TargetInputs() {
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' }, width: '100%', maxWidth: 900 }}>
      <NumberInput {...f.input('year')} min={2022} max={2100} validate={mandatory} />
      <NumberInput {...f.input('professionals')} min={0} validate={mandatory} />
      <NumberInput {...f.input('centres')} min={0} validate={mandatory} />
    </Box>
  );
}

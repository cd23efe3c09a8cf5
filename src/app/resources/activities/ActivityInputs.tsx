import { Box } from '@mui/material';
import { AutocompleteInput, NumberInput, ReferenceInput, required } from 'react-admin';
import { activities } from '../../../domain/resources';
import { fieldsOf } from '../../fields';
import { MonthInput } from '../../forms';

const f = fieldsOf(activities);
const mandatory = required();
const grid = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, width: '100%', maxWidth: 900 } as const;

/** One centre's figures for one month, shared by ActivityCreate and ActivityEdit. */
export function ActivityInputs() {
  return (
    <Box sx={grid}>
      <ReferenceInput {...f.input('centreId')} reference="centres" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput label="resources.activities.fields.centreId" filterToQuery={(q: string) => ({ q })} validate={mandatory} />
      </ReferenceInput>
      <MonthInput {...f.input('month')} validate={mandatory} />
      <NumberInput {...f.input('scheduled')} min={0} validate={mandatory} />
      <NumberInput {...f.input('unscheduled')} min={0} validate={mandatory} />
      <NumberInput {...f.input('homeVisits')} min={0} validate={mandatory} />
      <NumberInput {...f.input('outOfHoursShifts')} min={0} validate={mandatory} />
      <NumberInput {...f.input('newReferringPatients')} min={0} validate={mandatory} />
    </Box>
  );
}

import { Box, Typography } from '@mui/material';
import { AutocompleteInput, BooleanInput, NumberInput, ReferenceInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import { positions } from '../../../domain/resources';
import { fieldsOf } from '../../fields';
import { DateInput } from '../../forms';

const f = fieldsOf(positions);
const grid = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, width: '100%', maxWidth: 900 } as const;
const wide = { gridColumn: { md: '1 / 3' } } as const;

/**
 * The job ad: what /offres shows once the position is published. The schema requires every one of
 * these (and the title) when « Offre publiée » is on, with « Obligatoire pour publier l’offre » on each.
 */
function AdInputs() {
  const translate = useTranslate();
  const euros = translate('maillage.recruitment.positions.salaryHint');
  return (
    <Box component="section" aria-labelledby="position-ad-heading" sx={{ ...grid, mt: 2 }}>
      <Box sx={wide}>
        <Typography id="position-ad-heading" component="h2" variant="h6">
          {translate('maillage.recruitment.positions.ad')}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {translate('maillage.recruitment.positions.adHint')}
        </Typography>
      </Box>
      <TextInput {...f.input('description')} multiline minRows={5} sx={wide} />
      <TextInput {...f.input('requirements')} multiline minRows={3} sx={wide} />
      <SelectInput {...f.inputChoice('contract')} emptyText="—" />
      <DateInput {...f.input('plannedStartOn')} />
      <NumberInput {...f.input('salaryMin')} step={1000} min={0} helperText={euros} />
      <NumberInput {...f.input('salaryMax')} step={1000} min={0} helperText={euros} />
      <DateInput {...f.input('publishedOn')} />
      <DateInput {...f.input('closesOn')} />
    </Box>
  );
}

/** The inputs of a position, shared by its create and edit forms. */
export function PositionInputs() {
  return (
    <>
      <ReferenceInput source="centreId" reference="centres" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput isRequired />
      </ReferenceInput>
      <SelectInput source="profession" choices={f.choice('profession').choices} isRequired />
      <TextInput source="title" fullWidth />
      {/* The schema checks 0 < ETP ≤ 1 (ResourceForm is `noValidate`: native step checking misfires on floats). */}
      <NumberInput source="fte" min={0.1} max={1} step={0.1} isRequired />
      <SelectInput source="status" choices={f.choice('status').choices} isRequired />
      <DateInput source="openedOn" isRequired />
      <BooleanInput source="published" />
      <AdInputs />
    </>
  );
}

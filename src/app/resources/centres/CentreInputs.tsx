import { Box } from '@mui/material';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { centres } from '../../../domain/resources';
import { fieldsOf } from '../../fields';
import { DateInput } from '../../forms';
import { CommuneInput } from './CommuneInput';

const f = fieldsOf(centres);
/** The asterisk only: the rules are the schema's (ResourceForm validates with it). */
const mandatory = required();
const grid = { display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, width: '100%', maxWidth: 900 } as const;
const wide = { gridColumn: { md: '1 / 3' } } as const;
const byName = (q: string) => ({ q });

/**
 * Only main centres are offered (an antenne hangs off a main centre); choosing the centre itself is
 * refused by the server (« Un centre ne peut être sa propre antenne »), shown on the field.
 */
function ParentCentreInput() {
  return (
    <ReferenceInput {...f.input('parentCentreId')} reference="centres" filter={{ parentCentreId: null }} sort={{ field: 'name', order: 'ASC' }} perPage={50}>
      <AutocompleteInput
        label="resources.centres.fields.parentCentreId"
        optionText="name"
        filterToQuery={byName}
        sx={wide}
      />
    </ReferenceInput>
  );
}

/** The inputs of a centre, shared by CentreCreate and CentreEdit. */
export function CentreInputs() {
  return (
    <Box sx={grid}>
      <TextInput {...f.input('name')} validate={mandatory} sx={wide} />
      <CommuneInput {...f.input('communeCode')} label="resources.centres.fields.communeCode" validate={mandatory} />
      <TextInput {...f.input('address')} />
      <SelectInput {...f.inputChoice('status')} validate={mandatory} />
      <TextInput {...f.input('finess')} helperText="maillage.network.centres.finessHelp" />
      <DateInput {...f.input('plannedOpeningOn')} />
      <DateInput {...f.input('openedOn')} />
      <DateInput {...f.input('closedOn')} />
      <NumberInput {...f.input('openingBudget')} step={1} min={0} />
      <ReferenceArrayInput {...f.input('memberIds')} reference="members" sort={{ field: 'name', order: 'ASC' }} perPage={50}>
        <AutocompleteArrayInput label="resources.centres.fields.memberIds" filterToQuery={byName} sx={wide} />
      </ReferenceArrayInput>
      <ParentCentreInput />
      <CheckboxGroupInput {...f.inputChoice('services')} sx={wide} />
      <BooleanInput {...f.input('priorityZone')} />
    </Box>
  );
}

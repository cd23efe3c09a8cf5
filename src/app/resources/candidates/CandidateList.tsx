import { Datagrid, DateField, EmailField, List, SelectField, TextField } from 'react-admin';
import { candidates } from '../../../domain/resources';
import { fieldsOf, listProps } from '../../fields';

const f = fieldsOf(candidates);

export function CandidateList() {
  return (
    <List {...listProps(candidates)}>
      <Datagrid bulkActionButtons={false}>
        <TextField {...f('lastName')} />
        <TextField {...f('firstName')} />
        <SelectField {...f.choice('profession')} />
        <EmailField {...f('email')} />
        <SelectField {...f.choice('source')} />
        <DateField {...f('consentUntil')} locales="fr-FR" />
      </Datagrid>
    </List>
  );
}

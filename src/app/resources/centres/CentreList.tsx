import {
  ChipField,
  Datagrid,
  DateField,
  List,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  SelectField,
  SingleFieldList,
  TextField,
} from 'react-admin';
import { centres } from '../../../domain/resources';
import { euros, fieldsOf, listProps } from '../../fields';

const f = fieldsOf(centres);

export function CentreList() {
  return (
    <List {...listProps(centres)}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField {...f('name')} />
        <TextField {...f('communeCode')} />
        <SelectField {...f.choice('status')} />
        <DateField {...f('openedOn')} locales="fr-FR" />
        <ReferenceArrayField {...f.reference('memberIds')}>
          <SingleFieldList linkType={false}>
            <ChipField source="name" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
        <ReferenceField {...f.reference('parentCentreId')} emptyText="—" />
        <NumberField {...f('openingBudget')} locales="fr-FR" options={euros} />
      </Datagrid>
    </List>
  );
}

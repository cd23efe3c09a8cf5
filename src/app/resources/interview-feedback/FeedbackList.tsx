import { Datagrid, DateField, List, NumberField, ReferenceField, TextField } from 'react-admin';
import { interviewFeedback } from '../../../domain/resources';
import { fieldsOf, listProps } from '../../fields';

const f = fieldsOf(interviewFeedback);

/** Every panel member's feedback (given on the interview's page). */
export function FeedbackList() {
  return (
    <List {...listProps(interviewFeedback)} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <ReferenceField {...f.reference('interviewId')} link="edit" />
        <ReferenceField source="userId" reference="interviewers" link={false} label="resources.interview-feedback.fields.userId" sortable={false}>
          <TextField source="name" />
        </ReferenceField>
        <NumberField {...f('rating')} />
        <TextField {...f('comment')} sx={{ whiteSpace: 'pre-wrap' }} />
        <DateField {...f('createdAt')} showTime locales="fr-FR" />
      </Datagrid>
    </List>
  );
}

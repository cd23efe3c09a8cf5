import { Labeled, SelectField, TextField, useRecordContext } from 'react-admin';
import { applications } from '../../../domain/resources';
import { fieldsOf } from '../../fields';

const f = fieldsOf(applications);

/** A refused or withdrawn application's reason and its note, on its page (nothing on other stages). */
export function OutcomeReasonFields() {
  const record = useRecordContext();
  if (!record?.outcomeReason) return null;
  return (
    <>
      <Labeled>
        <SelectField {...f.choice('outcomeReason')} />
      </Labeled>
      {record.outcomeNote ? (
        <Labeled>
          <TextField {...f('outcomeNote')} />
        </Labeled>
      ) : null}
    </>
  );
}

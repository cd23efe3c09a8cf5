import { SelectInput, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { outcomeReasonChoices, outcomeRules } from '../../../domain/resources/applications';

/**
 * The reason of a refusal or a withdrawal, shown when the stage is one of them: its own list only (the
 * schema refuses a reason of the other list), required, and an optional note. On another stage the
 * fields are not shown and the server clears what they held.
 */
export function OutcomeReasonInputs() {
  const stage = useWatch({ name: 'stage' }) as string | undefined;
  if (!stage || !outcomeRules[stage as never]) return null;
  const choices = outcomeReasonChoices(stage).map((c) => ({ id: c.id, name: `maillage.enums.outcomeReasons.${c.id}` }));
  return (
    <>
      <SelectInput source="outcomeReason" choices={choices} isRequired />
      <TextInput source="outcomeNote" multiline minRows={2} fullWidth />
    </>
  );
}

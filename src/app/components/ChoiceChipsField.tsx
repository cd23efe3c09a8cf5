import { Chip, Stack } from '@mui/material';
import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';

interface Props extends FieldProps {
  source: string;
  choices: readonly { id: string | number; name: string }[];
}

/** A list of enumerated values (e.g. a centre's services) as chips with their translated labels. */
export function ChoiceChipsField({ source, choices }: Props) {
  const translate = useTranslate();
  const value = useFieldValue({ source });
  if (!Array.isArray(value) || value.length === 0) return null;
  return (
    <Stack direction="row" useFlexGap flexWrap="wrap" spacing={0.5} component="span">
      {value.map((id) => {
        const choice = choices.find((c) => c.id === id);
        return <Chip key={String(id)} size="small" label={choice ? translate(choice.name) : String(id)} />;
      })}
    </Stack>
  );
}

import { Autocomplete, TextField } from '@mui/material';
import { useMemo, useState } from 'react';
import { FieldTitle, InputHelperText, useInput, useTranslate, type InputProps } from 'react-admin';
import { communeByCode, searchCommunes, type Commune } from '../../../domain/reference';
import { communeLabel } from '../../forms';

/**
 * A commune of Occitanie chosen by its name (accent-, case- and hyphen-insensitive: « sainte croix
 * volv ») or its INSEE/postal code, from the reference geography shipped with the app; stores the
 * INSEE code and shows « Sainte-Croix-Volvestre (09257) ».
 */
export function CommuneInput(props: InputProps & { source: string }) {
  const translate = useTranslate();
  const { id, field, fieldState, isRequired } = useInput(props);
  const [text, setText] = useState('');
  const selected = (field.value && communeByCode(String(field.value))) || null;
  const options = useMemo(() => {
    const found = searchCommunes(text, 20);
    return selected && !found.includes(selected) ? [selected, ...found] : found;
  }, [text, selected]);
  const error = fieldState.error?.message;
  return (
    <Autocomplete<Commune>
      id={id}
      options={options}
      value={selected}
      filterOptions={(o) => o}
      getOptionLabel={(c) => communeLabel(c)}
      getOptionKey={(c) => c.code}
      isOptionEqualToValue={(a, b) => a.code === b.code}
      onChange={(_, commune) => field.onChange(commune?.code ?? null)}
      onInputChange={(_, value, reason) => setText(reason === 'reset' ? '' : value)}
      onBlur={field.onBlur}
      noOptionsText={translate(text ? 'maillage.network.centres.noCommune' : 'maillage.network.centres.communeHelp')}
      renderInput={(params) => (
        <TextField
          {...params}
          inputRef={field.ref}
          name={field.name}
          label={<FieldTitle label={props.label} source={props.source} resource={props.resource} isRequired={isRequired} />}
          error={!!error && (fieldState.isTouched || fieldState.invalid)}
          helperText={<InputHelperText error={error} helperText="maillage.network.centres.communeHelp" />}
          size="small"
          margin="dense"
        />
      )}
    />
  );
}

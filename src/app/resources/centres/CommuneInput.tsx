import { Autocomplete, TextField } from '@mui/material';
import { useMemo, useState } from 'react';
import { FieldTitle, InputHelperText, useInput, useTranslate, type InputProps } from 'react-admin';
import type { Commune } from '../../../domain/reference';
import { communeLabel, useReference } from '../../forms';

/**
 * A commune of Occitanie chosen by its name (accent-, case- and hyphen-insensitive: « sainte croix
 * volv ») or its INSEE/postal code, from the reference geography shipped with the app; stores the
 * INSEE code and shows « Sainte-Croix-Volvestre (09257) ». The communes are loaded when the input
 * first shows (not with the app's first page): until then the list says « Chargement ».
 */
export function CommuneInput(props: InputProps & { source: string }) {
  const translate = useTranslate();
  const { id, field, fieldState, isRequired } = useInput(props);
  const reference = useReference();
  const [text, setText] = useState('');
  const selected = (field.value && reference?.communeByCode(String(field.value))) || null;
  const options = useMemo(() => {
    const found = reference?.searchCommunes(text, 20) ?? [];
    return selected && !found.includes(selected) ? [selected, ...found] : found;
  }, [reference, text, selected]);
  const error = fieldState.error?.message;
  return (
    <Autocomplete<Commune>
      id={id}
      options={options}
      value={selected}
      filterOptions={(o) => o}
      loading={!reference}
      loadingText={translate('ra.page.loading')}
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

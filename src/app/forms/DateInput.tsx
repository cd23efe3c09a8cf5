import { TextField } from '@mui/material';
import { visuallyHidden } from '@mui/utils';
import { useEffect, useState, type ReactNode } from 'react';
import { FieldTitle, InputHelperText, useInput, useTranslate, type Validator } from 'react-admin';
import type { SxProps, Theme } from '@mui/material/styles';
import { isoToFrench, parseFrenchDate } from './dates';

export interface DateInputProps {
  source: string;
  label?: ReactNode;
  /** Shown under the field; by default the format hint. `false` (filters) keeps the hint for screen readers only. */
  helperText?: ReactNode | false;
  isRequired?: boolean;
  validate?: Validator | Validator[];
  /**
   * A list filter: a date being typed, or an impossible one, does not change the filter (no request
   * the API would refuse); in a form, it does, so that the form cannot be saved with it.
   */
  filter?: boolean;
  /** Stores the end of the chosen day (`…T23:59:59.999`), for « jusqu’au » bounds on date-times. */
  endOfDay?: boolean;
  resource?: string;
  className?: string;
  sx?: SxProps<Theme>;
  size?: 'small' | 'medium';
  variant?: 'standard' | 'outlined' | 'filled';
  margin?: 'none' | 'dense' | 'normal';
  fullWidth?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  /** react-admin's filter props, not for the DOM. */
  alwaysOn?: boolean;
  defaultValue?: unknown;
  record?: unknown;
}

/**
 * A date typed as a French reader writes it — jj/mm/aaaa — and stored as the API's ISO `YYYY-MM-DD`
 * (see dates.ts). A text input, so that it reads the same in every browser and language: the
 * browser's `type="date"` shows mm/dd/yyyy in an English browser even on a French page. The format
 * is the placeholder and the field's description (aria-describedby); a date that does not exist
 * (« 31/02/2026 ») or does not read as one is said next to the field. Other rules (required, dates in
 * order) are the resource schema's (ResourceForm).
 */
export function DateInput({
  source,
  label,
  helperText,
  isRequired: required,
  validate,
  filter = false,
  endOfDay = false,
  resource,
  className,
  sx,
  size,
  variant,
  margin,
  fullWidth,
  disabled,
  readOnly,
  defaultValue,
}: DateInputProps) {
  const translate = useTranslate();
  const { id, field, fieldState, formState, isRequired } = useInput({ source, resource, validate, isRequired: required, defaultValue });
  const store = (iso: string) => (endOfDay ? `${iso}T23:59:59.999` : iso);
  const [text, setText] = useState(() => isoToFrench(field.value));
  const [left, setLeft] = useState(false);
  const parsed = parseFrenchDate(text);

  /** The value the text stands for: null, the ISO date, or (in a form) the text itself, which the schema refuses. */
  const valueOf = (typed: string) => {
    const p = parseFrenchDate(typed);
    if (p.kind === 'empty') return null;
    if (p.kind === 'date') return store(p.iso);
    return filter ? undefined : typed;
  };

  // The value changed from elsewhere (record loaded, form reset, conflict reload, filter cleared): show it.
  useEffect(() => {
    const current = field.value === '' || field.value === undefined ? null : field.value;
    if (valueOf(text) !== current) setText(isoToFrench(current));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the value changes
  }, [field.value]);

  const onChange = (typed: string) => {
    setText(typed);
    const value = valueOf(typed);
    if (value !== undefined) field.onChange(value);
  };

  // Said at once for a complete text (« 31/02/2026 »), otherwise once the user leaves the field.
  const ownError =
    parsed.kind === 'invalid' && (left || formState.isSubmitted || parsed.error !== 'maillage.forms.date.format' || text.trim().length >= 10)
      ? parsed.error
      : undefined;
  const schemaError = parsed.kind !== 'invalid' && fieldState.invalid ? fieldState.error?.message : undefined;
  const error = ownError ?? schemaError;
  const hint = translate('maillage.forms.date.hint');
  const hintId = `${id}-format`;
  const helperId = `${id}-helper-text`;
  const showHelper = helperText !== false || !!error;
  return (
    <>
      <TextField
        id={id}
        name={field.name}
        inputRef={field.ref}
        value={text}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          setLeft(true);
          if (parsed.kind === 'date') setText(isoToFrench(parsed.iso));
          field.onBlur();
        }}
        className={['ra-input', `ra-input-${source}`, className].filter(Boolean).join(' ')}
        sx={sx}
        size={size}
        variant={variant}
        margin={margin}
        fullWidth={fullWidth}
        disabled={disabled}
        label={label !== false ? <FieldTitle label={label} source={source} resource={resource} isRequired={isRequired} /> : null}
        placeholder={translate('maillage.forms.date.placeholder')}
        error={!!error}
        helperText={
          showHelper ? <InputHelperText error={error} helperText={helperText === undefined || helperText === false ? hint : helperText} /> : null
        }
        slotProps={{
          inputLabel: { shrink: true },
          htmlInput: {
            autoComplete: 'off',
            spellCheck: false,
            readOnly,
            maxLength: 10,
            'aria-invalid': !!error,
            'aria-describedby': [showHelper ? helperId : null, helperText === false || error ? hintId : null].filter(Boolean).join(' ') || undefined,
          },
        }}
      />
      <span id={hintId} style={visuallyHidden}>
        {hint}
      </span>
    </>
  );
}

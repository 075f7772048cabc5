// A labelled input with its hint and error tied to it for screen readers; free text stops at the
// API's limit for the field (TEXT_LIMITS in src/api/common.ts), passed as maxLength.
import type { Ref } from 'react';
import { FieldFrame, type FieldProps } from './field-frame';
import { usePasteCut } from './paste-cut';

type Props = FieldProps & {
  /** The name the form gives the value; the id unless a browser's password manager expects another. */
  readonly name?: string;
  readonly type?: 'text' | 'password' | 'search';
  readonly autoComplete?: string;
  /** The keyboard a phone shows (numeric for a count typed as text). */
  readonly inputMode?: 'numeric' | 'decimal';
  /** The pattern of what is typed (dd/mm/aaaa), where a hint would say less at a glance. */
  readonly placeholder?: string;
  readonly required?: boolean;
  readonly inputRef?: Ref<HTMLInputElement>;
  readonly list?: string;
  readonly spellCheck?: boolean;
  readonly autoCapitalize?: string;
  /** The most characters the API takes for this field: TEXT_LIMITS in src/api/common.ts. */
  readonly maxLength?: number;
  /** When focus leaves the field (a date typed 14/03/1988 is shown as it was read). */
  readonly onBlur?: () => void;
};

export function TextField(props: Props) {
  const { id, name, label, value, type = 'text', hint, error } = props;
  const { onPaste, onChange, note } = usePasteCut(props.maxLength, props.onChange);
  return (
    <FieldFrame id={id} name={name} label={label} value={value} onChange={onChange} hint={hint} error={error}>
      {(control) => (
        <>
          <input
            type={type}
            autoComplete={props.autoComplete}
            inputMode={props.inputMode}
            placeholder={props.placeholder}
            required={props.required}
            ref={props.inputRef}
            list={props.list}
            spellCheck={props.spellCheck}
            autoCapitalize={props.autoCapitalize}
            maxLength={props.maxLength}
            onBlur={props.onBlur}
            onPaste={onPaste}
            {...control}
          />
          {note}
        </>
      )}
    </FieldFrame>
  );
}

// A code the forms take (a checkpoint's, a booth's, a convoy's, a corridor's, its exit point's, a
// stop's): capitals, digits and hyphens, 40 at most (CODE_PATTERN), so what is typed is kept in
// capitals and never spell-checked.
import type { Ref } from 'react';
import type { FieldProps } from './field-frame';
import { TextField } from './text-field';

type Props = FieldProps & {
  /** The keyboard a phone shows: capitals where the code is typed on one. */
  readonly autoCapitalize?: 'characters';
  readonly inputRef?: Ref<HTMLInputElement>;
};

export function CodeField(props: Props) {
  return (
    <TextField
      {...props}
      onChange={(code) => props.onChange(code.toUpperCase())}
      required
      maxLength={40}
      spellCheck={false}
    />
  );
}

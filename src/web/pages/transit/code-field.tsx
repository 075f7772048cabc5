// A code the transit forms take (a convoy's, a corridor's, its exit point's, a stop's): capitals,
// digits and hyphens, 40 at most (CODE_PATTERN), so what is typed is kept in capitals and never
// spell-checked.
import type { FieldProps } from '../../components/field-frame';
import { TextField } from '../../components/text-field';

type Props = FieldProps & {
  /** The keyboard a phone shows: capitals where the code is typed on one. */
  readonly autoCapitalize?: 'characters';
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

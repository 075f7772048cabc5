// A field with a length limit (maxLength) keeps only what fits of a text pasted into it, and the
// browser cuts the rest without a word: the field says so at once, under itself, as a status screen
// readers announce, until what it holds is shorter than the limit again.
import { type ClipboardEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * How long the pasted text was when the field cannot take it whole, else null: what the field holds,
 * less the selection the paste replaces, plus the pasted text, against the limit (in UTF-16 units, as
 * the browser counts maxLength).
 */
export function pasteCut(
  value: string,
  selectionStart: number,
  selectionEnd: number,
  pasted: string,
  maxLength: number,
): number | null {
  const room = maxLength - (value.length - Math.max(0, selectionEnd - selectionStart));
  return pasted.length > room ? pasted.length : null;
}

type Control = HTMLInputElement | HTMLTextAreaElement;

/** The paste handler, the change handler that forgets a cut once the text is shorter, and the note. */
export function usePasteCut(
  maxLength: number | undefined,
  onChange: (value: string) => void,
): {
  readonly onPaste: ((event: ClipboardEvent<Control>) => void) | undefined;
  readonly onChange: (value: string) => void;
  readonly note: ReactNode;
} {
  const { t } = useTranslation();
  const [cut, setCut] = useState<number | null>(null);
  if (maxLength === undefined) return { onPaste: undefined, onChange, note: null };
  return {
    onPaste: (event) => {
      const field = event.currentTarget;
      const end = field.value.length;
      setCut(
        pasteCut(
          field.value,
          field.selectionStart ?? end,
          field.selectionEnd ?? end,
          event.clipboardData.getData('text'),
          maxLength,
        ),
      );
    },
    onChange: (value) => {
      if (value.length < maxLength) setCut(null);
      onChange(value);
    },
    note:
      cut === null ? null : (
        <p className="hint field-cut" role="status">
          {t('form.pasteCut', { pasted: cut, max: maxLength })}
        </p>
      ),
  };
}

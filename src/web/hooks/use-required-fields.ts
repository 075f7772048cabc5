// The fields a form cannot be sent without, checked by the app and said beside each field in the
// reader's language, as the booth and the incident forms do. The browser's own bubbles are off
// (noValidate): they speak the browser's language, not the reader's, show one field at a time and
// are gone in a moment.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type RequiredFields = {
  /** "Fill in this field" beside each required field left blank, once a send was tried. */
  readonly errors: Readonly<Record<string, string>>;
  /** Whether a send was stopped for blank fields and some are still blank: for the form's notice. */
  readonly isMissing: boolean;
  /** On sending: true when no required field is blank; else the blank ones are marked from now on. */
  readonly isComplete: () => boolean;
  /** Forgets the send tried: a field the form empties itself (a refused password) is not marked blank. */
  readonly reset: () => void;
};

/** `values` are the required fields' values by the key their errors are looked up with. */
export function useRequiredFields(values: Readonly<Record<string, string>>): RequiredFields {
  const { t } = useTranslation();
  const [tried, setTried] = useState(false);
  const blank = Object.keys(values).filter((key) => (values[key] ?? '').trim() === '');
  // A field filled in since loses its mark at once; one emptied again gets it back.
  const errors = tried ? Object.fromEntries(blank.map((key) => [key, t('form.required')])) : {};
  return {
    errors,
    isMissing: tried && blank.length > 0,
    isComplete: () => {
      setTried(true);
      return blank.length === 0;
    },
    reset: () => setTried(false),
  };
}

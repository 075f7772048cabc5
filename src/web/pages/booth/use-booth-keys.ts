// The booth's keyboard, wherever focus is on the page:
// - A document reader types like a keyboard. Swiped while focus is on a button, a radio or a box
//   (the "next person" button after a registration, a decision), its keys would be lost, and the
//   Enter that ends its first line would press that button. Its first key is sent to the scan field
//   instead, and the keys after it follow, so the zone is read as if swiped there. After a
//   registration, that first key starts the next person. A key alone, with no second one at a
//   reader's pace, does nothing: pressed by mistake, it must not clear the result on screen. A key
//   typed into a text field is left to that field (use-zone-in-field.ts moves a reader's zone typed
//   there), and one in a list to its search by letter.
// - Ctrl+Enter (⌘+Enter on a Mac) registers, from the scan field or any field of the form: without
//   it, the button is some 25 Tab presses from the scan field.
import { useEffect, useRef } from 'react';
import { flushSync } from 'react-dom';
import { sendToZoneField } from './use-zone-in-field';
import { keyOutsideFields, type LoneKey, ZONE_CHAR } from './zone-in-field';

/** A key a document reader types: a zone character, no Control, Alt or Meta held. */
const isReaderKey = (event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>): boolean =>
  ZONE_CHAR.test(event.key) && !event.ctrlKey && !event.altKey && !event.metaKey;

/** Ctrl+Enter or ⌘+Enter: register. */
const isRegisterKey = (event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean =>
  event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.altKey;

// Inputs of these types take no typed text: a key on them does nothing but move or press.
const NOT_TYPED = new Set([
  'button',
  'submit',
  'reset',
  'checkbox',
  'radio',
  'range',
  'color',
  'file',
  'image',
]);

/** Whether typed keys go into this element: a text field, a list (its search by letter), editable text. */
function takesTypedKeys(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !NOT_TYPED.has(target.type);
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLElement && target.isContentEditable;
}

type Options = {
  /** The registration form, while there is one. */
  readonly form: React.RefObject<HTMLFormElement | null>;
  /** Whether everyone of the sitting was sent: a reader's key then starts the next person. */
  readonly isDone: boolean;
  /** Starts the next person (the "Registrar otra persona" button's action). */
  readonly startNext: () => void;
};

export function useBoothKeys({ form, isDone, startNext }: Options): void {
  // Read at the key, not at the effect: one listener for the page's life.
  const latest = useRef({ isDone, startNext });
  latest.current = { isDone, startNext };
  useEffect(() => {
    let pending: LoneKey | null = null;
    const onKeyDown = (event: KeyboardEvent) => {
      // The form keeps a plain Enter in its fields (it does not register); Ctrl+Enter does.
      if (isRegisterKey(event)) {
        if (form.current === null) return;
        event.preventDefault();
        form.current.requestSubmit();
        return;
      }
      if (event.defaultPrevented || !isReaderKey(event) || takesTypedKeys(event.target)) return;
      event.preventDefault();
      const next = keyOutsideFields(pending, { key: event.key, at: event.timeStamp });
      pending = next.pending;
      if (next.send === null) return;
      // The next person's scan panel is mounted before the keys go into its field.
      if (latest.current.isDone) flushSync(() => latest.current.startNext());
      sendToZoneField(next.send);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [form]);
}

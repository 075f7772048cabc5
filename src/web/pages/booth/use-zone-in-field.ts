// Sends a zone that a reader typed (or the officer pasted) into a field of the registration form to
// the scan field instead: the field gets back the text it had, and the zone, and the reader's keys
// still to come, go to the scan field, where the zone is read as if swiped there. Both through the
// browser's own editing (execCommand), so React, the undo history and the scan panel see a user's input.
import { type ClipboardEvent, type KeyboardEvent, useCallback, useRef, useState } from 'react';
import { isPastedZone, isZoneKey, type KeyRun, nextRun } from './zone-in-field';

/** The scan panel's zone field (scan-panel.tsx). */
const ZONE_FIELD_ID = 'mrz-input';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

const isTextControl = (target: EventTarget): target is TextControl =>
  (target instanceof HTMLInputElement && ['text', 'search', ''].includes(target.type)) ||
  target instanceof HTMLTextAreaElement;

const labelOf = (control: TextControl): string =>
  control.labels?.[0]?.textContent?.trim() || control.name || control.id;

/** Puts `zone` in the scan field, replacing what it held, and leaves the cursor there. */
export function sendToZoneField(zone: string): boolean {
  const field = document.getElementById(ZONE_FIELD_ID);
  if (!(field instanceof HTMLTextAreaElement)) return false;
  field.focus();
  field.select();
  return document.execCommand('insertText', false, zone);
}

/** What became of a zone typed into a field: moved to the scan field, or only taken out. */
export type ZoneMoved = { readonly field: string; readonly moved: boolean };

export function useZoneInField() {
  const run = useRef<KeyRun | null>(null);
  const [zoneMoved, setZoneMoved] = useState<ZoneMoved | null>(null);

  const onKeyDownCapture = useCallback((event: KeyboardEvent<HTMLFormElement>) => {
    const control = event.target;
    if (!isTextControl(control) || event.key.length !== 1) return;
    const caret = control.selectionStart ?? control.value.length;
    const key = { field: control.id, key: event.key, at: event.timeStamp, caret };
    run.current = nextRun(run.current, key);
    if (!isZoneKey(run.current, key)) return;
    const start = run.current.start;
    run.current = null;
    event.preventDefault();
    const zone = `${control.value.slice(start, caret)}<`;
    // The field as it was before the reader's first key.
    control.setSelectionRange(start, caret);
    const removed = document.execCommand('delete');
    const moved = removed && sendToZoneField(zone);
    setZoneMoved({ field: labelOf(control), moved });
  }, []);

  const onPasteCapture = useCallback((event: ClipboardEvent<HTMLFormElement>) => {
    const control = event.target;
    const text = event.clipboardData.getData('text');
    if (!isTextControl(control) || !isPastedZone(text)) return;
    event.preventDefault();
    setZoneMoved({ field: labelOf(control), moved: sendToZoneField(text.trim()) });
  }, []);

  return { zoneMoved, clearZoneMoved: () => setZoneMoved(null), onKeyDownCapture, onPasteCapture };
}

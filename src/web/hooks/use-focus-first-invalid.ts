// A form sent from the keyboard and stopped (a field left blank, a value the server refused) marks
// its fields; the keyboard was left on the button that sent it, often far below, or on the page when
// that button went busy. Focus goes to the first marked field, whose error its reader then hears
// (fields name their error with aria-describedby). Every form gets this, the ones that already say
// "Faltan datos" in an alert and the ones that said nothing. Focus moves only while it is still where
// the form was sent from (its button, or the field Enter was pressed in) or nowhere (the button went
// busy): once the reader has moved on, a late answer does not pull them back.
import { type RefObject, useEffect } from 'react';

/** How long after a press a field marked is taken as that press's answer (a slow server's refusal). */
const ANSWER_MS = 30_000;

const INVALID = '[aria-invalid="true"]';

export function useFocusFirstInvalid(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const within = root.current;
    if (within === null) return;
    let pressed: {
      readonly form: HTMLFormElement;
      readonly from: Element | null;
      readonly at: number;
    } | null = null;
    // A form sent, or a button in a form pressed (some forms act on a button of type "button").
    const onPress = (event: Event) => {
      const target = event.target;
      const form =
        target instanceof HTMLFormElement
          ? target
          : target instanceof Element
            ? target.closest('button')?.closest('form')
            : null;
      if (form instanceof HTMLFormElement)
        pressed = { form, from: document.activeElement, at: performance.now() };
    };
    // Focus moved on by the reader: the press is no longer theirs to be brought back to.
    const onFocus = (event: FocusEvent) => {
      if (pressed !== null && event.target !== pressed.from) pressed = null;
    };
    const observer = new MutationObserver((changes) => {
      if (pressed === null || performance.now() - pressed.at > ANSWER_MS) return;
      const { form } = pressed;
      const marked = changes.some(
        (c) =>
          c.target instanceof Element &&
          c.target.getAttribute('aria-invalid') === 'true' &&
          form.contains(c.target),
      );
      const active = document.activeElement;
      const idle = active === null || active === document.body || active === pressed.from;
      if (!marked || !form.isConnected || !idle) return;
      pressed = null;
      form.querySelector<HTMLElement>(INVALID)?.focus();
    });
    within.addEventListener('submit', onPress, true);
    within.addEventListener('click', onPress, true);
    within.addEventListener('focusin', onFocus, true);
    observer.observe(within, { subtree: true, attributes: true, attributeFilter: ['aria-invalid'] });
    return () => {
      within.removeEventListener('submit', onPress, true);
      within.removeEventListener('click', onPress, true);
      within.removeEventListener('focusin', onFocus, true);
      observer.disconnect();
    };
  }, [root]);
}

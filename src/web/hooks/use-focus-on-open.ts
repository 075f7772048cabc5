// A panel or form that opens on the page takes the focus at once, so keyboard and screen-reader users
// land in what they opened instead of staying on the button that opened it. When it closes and focus
// is left nowhere (it was inside), focus goes back to that button if it is still on the page.
import { type RefObject, useEffect, useRef } from 'react';

/** A ref for the element to focus; it is focused once, when the component mounts. */
export function useFocusOnOpen<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    const opener = document.activeElement;
    ref.current?.focus();
    return () => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && opener instanceof HTMLElement && opener !== document.body && opener.isConnected)
        opener.focus();
    };
  }, []);
  return ref;
}

// A panel or form that opens on the page takes the focus at once, so keyboard and screen-reader users
// land in what they opened instead of staying on the button that opened it. When it closes and focus
// is left nowhere (it was inside), focus goes back to that button if it is still on the page.
import { type RefObject, useEffect, useRef } from 'react';

/**
 * A ref for the element to focus; it is focused once, when the component mounts, unless `enabled` is
 * false (a part that stands on the page from its load, which nothing opened).
 */
export function useFocusOnOpen<T extends HTMLElement>(enabled = true): RefObject<T | null> {
  const ref = useRef<T>(null);
  // Read once, on mount: whether the part was opened does not change while it is open.
  const opened = useRef(enabled).current;
  useEffect(() => {
    if (!opened) return;
    const opener = document.activeElement;
    ref.current?.focus();
    return () => {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && opener instanceof HTMLElement && opener !== document.body && opener.isConnected)
        opener.focus();
    };
  }, [opened]);
  return ref;
}

// A panel or form that opens on the page takes the focus at once, so keyboard and screen-reader users
// land in what they opened instead of staying on the button that opened it.
import { type RefObject, useEffect, useRef } from 'react';

/** A ref for the element to focus; it is focused once, when the component mounts. */
export function useFocusOnOpen<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}

// A form or panel opened in place by a button that gives way to it: while it is open the button is
// gone, so when it closes (cancelled, or done) focus goes back to the button, not to the page's top.
import { type RefObject, useEffect, useRef, useState } from 'react';

export type Disclosure = {
  readonly isOpen: boolean;
  readonly open: () => void;
  /** Closes it and gives focus back to the button that opened it, once that button is back. */
  readonly close: () => void;
  /** For the button that opens it. */
  readonly opener: RefObject<HTMLButtonElement | null>;
};

export function useDisclosure(): Disclosure {
  const [isOpen, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const closing = useRef(false);
  useEffect(() => {
    if (isOpen || !closing.current) return;
    closing.current = false;
    opener.current?.focus();
  }, [isOpen]);
  return {
    isOpen,
    open: () => setOpen(true),
    close: () => {
      closing.current = true;
      setOpen(false);
    },
    opener,
  };
}

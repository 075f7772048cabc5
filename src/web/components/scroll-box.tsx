// A box that scrolls sideways on a narrow screen (a table wider than a phone, a machine-readable
// zone) takes the keyboard's focus while its content is wider than it, so that one who uses neither
// a mouse nor a touch screen scrolls it with the arrow keys, and it says what it holds; where all of
// it fits, Tab passes it by.
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react';

/**
 * The ref to put on the box, and the attributes it takes while its content overflows it. `content`
 * is what the box shows where that changes without the box changing size (a zone typed in).
 */
export function useScrollFocus<T extends HTMLElement>(label: string | undefined, content?: unknown) {
  const ref = useRef<T>(null);
  const [overflows, setOverflows] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: content changes what overflows
  useLayoutEffect(() => {
    const box = ref.current;
    if (box === null) return;
    const measure = () => setOverflows(box.scrollWidth > box.clientWidth);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    for (const child of box.children) observer.observe(child);
    return () => observer.disconnect();
  }, [content]);
  const props = overflows
    ? { tabIndex: 0, ...(label === undefined ? {} : { role: 'region', 'aria-label': label }) }
    : {};
  return { ref, props };
}

/** The wrapper of a table that may be wider than the screen: `label` names it (the table's caption). */
export function TableWrap({
  label,
  children,
}: {
  readonly label: string | undefined;
  readonly children: ReactNode;
}) {
  const { ref, props } = useScrollFocus<HTMLDivElement>(label);
  return (
    <div ref={ref} className="table-wrap" {...props}>
      {children}
    </div>
  );
}

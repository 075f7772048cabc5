// The buttons of one item's choices (a review's decisions, a request's moves): each sends its choice,
// and all are off while one is being sent. The row around them is the caller's.

export type ButtonChoice<T extends string> = {
  readonly value: T;
  readonly label: string;
  readonly className: string;
  /** A longer name for screen readers, where the page holds several items alike. */
  readonly ariaLabel?: string;
};

type Props<T extends string> = {
  readonly choices: readonly ButtonChoice<T>[];
  readonly busy: boolean;
  readonly onChoose: (value: T) => void;
  /** The id of what the buttons act on (the item's heading), for screen readers. */
  readonly describedBy?: string;
};

export function ChoiceButtons<T extends string>({ choices, busy, onChoose, describedBy }: Props<T>) {
  return (
    <>
      {choices.map((c) => (
        <button
          key={c.value}
          type="button"
          className={c.className}
          disabled={busy}
          aria-label={c.ariaLabel}
          aria-describedby={describedBy}
          onClick={() => onChoose(c.value)}
        >
          {c.label}
        </button>
      ))}
    </>
  );
}

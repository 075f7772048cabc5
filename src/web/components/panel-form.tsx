// A form that stands as a panel of its own: its heading names it for screen readers, and sending it
// runs the form's action in place of the browser's page load. The browser's own validation is off:
// the form says what is missing beside each field, in the reader's language (useRequiredFields).
// A panel form opened by a button takes the focus on its heading when it opens, so keyboard and
// screen-reader users land in what they opened (the button often gives way to it); one that stands on
// the page from its load (`standing`) leaves the focus where it is.
import type { ReactNode } from 'react';
import { useFocusOnOpen } from '../hooks/use-focus-on-open';

type Props = {
  /** The form's class beside `panel` and its test id; its heading's id is `<name>-title`. */
  readonly name: string;
  readonly title: ReactNode;
  /** The heading's level: h2 for a form of the page, h3 for one inside a section. */
  readonly heading?: 'h2' | 'h3';
  readonly onSubmit: () => Promise<void>;
  /** On the page from its load, opened by nothing: its heading does not take the focus. */
  readonly standing?: boolean;
  readonly children: ReactNode;
};

export function PanelForm({
  name,
  title,
  heading: Heading = 'h2',
  onSubmit,
  standing = false,
  children,
}: Props) {
  const titleId = `${name}-title`;
  const heading = useFocusOnOpen<HTMLHeadingElement>(!standing);
  return (
    <form
      className={`panel ${name}`}
      aria-labelledby={titleId}
      data-testid={name}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      <Heading id={titleId} ref={heading} tabIndex={-1}>
        {title}
      </Heading>
      {children}
    </form>
  );
}

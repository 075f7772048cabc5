// A form that stands as a panel of its own: its heading names it for screen readers, and sending it
// runs the form's action in place of the browser's page load. The browser's own validation is off:
// the form says what is missing beside each field, in the reader's language (useRequiredFields).
// Every panel form is opened by a button: its heading takes focus when it opens, so keyboard and
// screen-reader users land in what they opened (the button often gives way to it).
import type { ReactNode } from 'react';
import { useFocusOnOpen } from '../hooks/use-focus-on-open';

type Props = {
  /** The form's class beside `panel` and its test id; its heading's id is `<name>-title`. */
  readonly name: string;
  readonly title: ReactNode;
  /** The heading's level: h2 for a form of the page, h3 for one inside a section. */
  readonly heading?: 'h2' | 'h3';
  readonly onSubmit: () => Promise<void>;
  readonly children: ReactNode;
};

export function PanelForm({ name, title, heading: Heading = 'h2', onSubmit, children }: Props) {
  const titleId = `${name}-title`;
  const heading = useFocusOnOpen<HTMLHeadingElement>();
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

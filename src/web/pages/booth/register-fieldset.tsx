// The frame each part of the registration form (document, person, group, care) is drawn in: a
// bordered fieldset under its legend.
import type { ReactNode } from 'react';

type Props = {
  readonly legend: string;
  readonly testId?: string;
  readonly children: ReactNode;
};

export function RegisterFieldset({ legend, testId, children }: Props) {
  return (
    <fieldset className="register-fieldset" data-testid={testId}>
      <legend>{legend}</legend>
      {children}
    </fieldset>
  );
}

// The review queues show a person as the record now reads, corrections included: the name's label
// must not say it is the name first written at the booth.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { PersonFacts } from './review-parts';

const person = {
  personId: 'p1',
  givenNames: 'MARIA JOSE',
  surname1: 'DE LA CRUZ',
  surname2: null,
  sex: 'F',
  birthDate: '1988-03-14',
  nationality: 'VEN',
  mergedInto: null,
  registeredAt: '2025-11-27T14:50:00.000Z',
  checkpointName: 'Complejo Fronterizo Santa Rosa',
  boothCode: 'SR-01',
};

const render = (lng: string) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={testI18n({ lng })}>
      <PersonFacts person={person} checkpoints={[]} />
    </I18nextProvider>,
  );

describe('PersonFacts', () => {
  it.each([
    ['es', 'Nombre completo', 'tal como se escribió'],
    ['en', 'Full name', 'as written'],
  ])('labels the name as the record reads it, in %s', (lng, label, firstWritten) => {
    const html = render(lng);
    expect(html).toContain(label);
    expect(html).toContain('MARIA JOSE DE LA CRUZ');
    expect(html).not.toContain(firstWritten);
  });
});

// The review queues show a person as the record now reads, corrections included: the name's label
// must not say it is the name first written at the booth; and the document they were registered with,
// its type and issuing state beside its number, which tell two people of one name apart.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { PersonView } from '../../api/types';
import { PersonFacts } from './review-parts';

const person = {
  personId: 'p1',
  givenNames: 'MARIA JOSE',
  surname1: 'DE LA CRUZ',
  surname2: null,
  sex: 'F',
  birthDate: '1988-03-14',
  nationality: 'VEN',
  document: { type: 'P', number: 'V12345678', issuingState: 'VEN', expiryDate: null } as Document,
  mergedInto: null,
  registeredAt: '2025-11-27T14:50:00.000Z',
  checkpointName: 'Complejo Fronterizo Santa Rosa',
  boothCode: 'SR-01',
};

type Document = PersonView['document'];

const render = (lng: string, document: Document = person.document) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={testI18n({ lng, interpolation: { escapeValue: false } })}>
      <PersonFacts person={{ ...person, document }} checkpoints={[]} />
    </I18nextProvider>,
  );
const documentShown = (html: string) => /data-testid="person-document">([^<]*)</.exec(html)?.[1];

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

  it.each([
    ['es', 'Documento', 'Pasaporte V12345678, emitido por VEN (VEN)'],
    ['en', 'Document', 'Passport V12345678, issued by VEN (VEN)'],
  ])('gives the document’s type, number and issuing state, in %s', (lng, label, text) => {
    const html = render(lng);
    expect(html).toContain(label);
    expect(documentShown(html)).toBe(text);
  });

  it.each([
    [
      'a national number',
      { type: 'PE-DNI', number: '45879632', issuingState: null, expiryDate: null },
      'DNI (Perú) 45879632',
    ],
    ['none', null, 'Registrada sin documento'],
  ])('names %s in words', (_case, document, text) => {
    expect(documentShown(render('es', document))).toBe(text);
  });
});

// How the booth says a document's expiry: in days while they are few, in years and months with the
// days beside them once they run into the hundreds ("Vencido hace 2746 días" was hard to weigh).
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { formatTd3, parseMrz } from '../../../domain/documents';
import { ZoneFields } from './zone-fields';

const TODAY = '2026-12-07';

function expiryWords(expiryDate: string, lng = 'es'): string {
  const zone = formatTd3({
    documentCode: 'P',
    issuingState: 'VEN',
    surname: 'QUISPE',
    givenNames: 'ROSA',
    documentNumber: '158273645',
    nationality: 'VEN',
    birthDate: '1988-07-02',
    sex: 'F',
    expiryDate,
    optionalData: '',
    optionalData2: '',
  }).join('\n');
  const fields = parseMrz(zone, new Date(`${TODAY}T12:00:00Z`)).fields;
  if (fields === null) throw new Error('the zone does not read');
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={testI18n({ lng })}>
      <ZoneFields fields={fields} expired={expiryDate < TODAY} today={TODAY} unverified={new Set()} />
    </I18nextProvider>,
  );
  return /data-testid="expiry">([^<]*)</.exec(html)?.[1] ?? '';
}

describe('the expiry the booth shows', () => {
  it.each([
    ['2026-11-30', 'Vencido hace 7 días'],
    ['2026-10-07', 'Vencido hace 2 meses (61 días)'],
    ['2019-06-07', 'Vencido hace 7 años y 6 meses (2740 días)'],
    ['2024-12-07', 'Vencido hace 2 años (730 días)'],
    ['2026-12-08', 'Vigente: vence en 1 día'],
    ['2031-05-20', 'Vigente: vence en 4 años y 5 meses (1625 días)'],
    ['2028-01-10', 'Vigente: vence en 1 año y 1 mes (399 días)'],
  ])('says an expiry on %s as «%s»', (expiryDate, words) => {
    expect(expiryWords(expiryDate)).toBe(words);
  });

  it('says it in English too', () => {
    expect(expiryWords('2019-06-07', 'en')).toBe('Expired 7 years and 6 months ago (2740 days)');
  });
});

// The recent observations say each figure with its unit once: "6.5 km de cola", not "Largo de la
// cola (km): 6.5 km"; and "150 min de espera", not "Espera (minutos): 150 min".
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { Observation } from '../../api/situation-endpoints';
import { HistoryList } from './observation-history';

const observation: Observation = {
  id: '01a25017-0998-704a-bd6e-4b5b5dacf8f2',
  checkpoint: { code: 'PE-SANTA-ROSA', name: 'Complejo Fronterizo Santa Rosa', timeZone: 'America/Lima' },
  side: 'entry',
  observedAt: '2026-12-07T10:40:00.000Z',
  recordedAt: '2026-12-07T10:40:18.911Z',
  values: { peopleWaiting: 1200, queueKm: 6.5, waitMinutes: 150 },
};

const text = (language: 'es' | 'en') =>
  renderToStaticMarkup(
    <I18nextProvider i18n={testI18n({ lng: language, interpolation: { escapeValue: false } })}>
      <HistoryList observations={[observation]} />
    </I18nextProvider>,
  )
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ');

describe('HistoryList', () => {
  it.each([
    [
      'es',
      'Complejo Fronterizo Santa Rosa · Para entrar · 1,200 personas · 6.5 km de cola · 150 min de espera',
    ],
    ['en', 'Complejo Fronterizo Santa Rosa · To enter · 1,200 people · 6.5 km queue · 150 min wait'],
  ] as const)('says each figure with its unit once, in %s', (language, said) => {
    const out = text(language);
    expect(out).toContain(said);
    expect(out).not.toMatch(/\(km\)|\(minutes\)|\(minutos\)/);
  });
});

// The booths' last records in the supervisor's view: the day is in the text itself, on the
// checkpoint's calendar, so a booth last heard from yesterday does not read as active today.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { Overview } from '../../api/views-endpoints';
import { BoothsTable } from './overview-sections';

const i18n = testI18n();

const booth = (code: string, lastEventAt: string): Overview['booths'][number] => ({
  code,
  name: null,
  lastEventAt,
  officers: [{ id: `u-${code}`, displayName: 'Oficial', lastEventAt }],
});

// 08:30 on 3 December at Santa Rosa (Lima, UTC−05:00).
const OVERVIEW: Overview = {
  checkpoint: { id: 'c', code: 'PE-SANTA-ROSA', name: 'Santa Rosa', timeZone: 'America/Lima' },
  from: '2025-12-02T13:30:00Z',
  to: '2025-12-03T13:30:00Z',
  today: '2025-12-03',
  booths: [
    booth('SR-01', '2025-12-03T13:05:00Z'),
    // 14:05 yesterday in Lima.
    booth('SR-02', '2025-12-02T19:05:00Z'),
    // 21:30 yesterday in Lima, though already the 3rd in UTC.
    booth('SR-03', '2025-12-03T02:30:00Z'),
    booth('SR-04', '2025-11-28T19:05:00Z'),
  ],
  hourly: [],
  decisions: {
    admitted: 0,
    'admitted-transit': 0,
    'referred-protection': 0,
    refused: 0,
    held: 0,
    tallied: 0,
  },
  held: [],
  referrals: [],
};

/** Each booth's "last record" cell as its reader sees it. */
async function lastRecords(language: 'es' | 'en'): Promise<Record<string, string>> {
  await i18n.changeLanguage(language);
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <BoothsTable overview={OVERVIEW} />
      </MemoryRouter>
    </I18nextProvider>,
  );
  const rows = [...html.matchAll(/data-booth="([^"]+)".*?<time[^>]*>([^<]*)<\/time>/g)];
  return Object.fromEntries(rows.map(([, code, text]) => [code, text]));
}

describe('BoothsTable', () => {
  it.each<['es' | 'en', Record<string, string>]>([
    ['es', { 'SR-01': '08:05', 'SR-02': 'ayer 14:05', 'SR-03': 'ayer 21:30', 'SR-04': '28 nov 14:05' }],
    [
      'en',
      { 'SR-01': '08:05', 'SR-02': 'yesterday 14:05', 'SR-03': 'yesterday 21:30', 'SR-04': '28 Nov 14:05' },
    ],
  ])('shows the day of a last record that is not today at the checkpoint, in %s', async (lng, shown) => {
    expect(await lastRecords(lng)).toEqual(shown);
  });
});

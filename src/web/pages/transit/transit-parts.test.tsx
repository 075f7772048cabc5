// Times of transit and care (convoys, stops, supply movements) are on a 24-hour clock in both
// languages ("10:50 PM" would be misread in a handover log): care's on Lima's clock, a convoy's on the
// clock of the stop they belong to, which it names where no stop is named beside it.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { When } from './transit-parts';

const i18n = testI18n();

const render = async (
  at: string | null,
  lng: string,
  zone: { timeZone?: string; showZone?: boolean } = {},
) => {
  await i18n.changeLanguage(lng);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <When at={at} {...zone} />
    </I18nextProvider>,
  );
};

describe('When', () => {
  it.each(['es', 'en'])('writes 03:50 UTC as 22:50 in Lima, in %s', async (lng) => {
    const html = await render('2025-11-28T03:50:00Z', lng);
    expect(html).toContain('22:50');
    expect(html).not.toMatch(/[AP]M|p\.\s?m\./i);
    // The day first, in the app's locale as every date on screen (the language alone gave "Nov 27").
    expect(html).toContain(lng === 'en' ? '27 Nov 2025' : '27 nov 2025');
  });

  it.each([
    ['es', '2026-04-04T13:00:00Z', '4 abr 2026, 10:00 GMT-3 (hora de Santiago)'],
    ['es', '2026-04-05T14:00:00Z', '5 abr 2026, 10:00 GMT-4 (hora de Santiago)'],
    ['en', '2026-09-06T13:00:00Z', '6 Sept 2026, 10:00 GMT-3 (Santiago time)'],
  ])(
    'writes a departure from Chacalluta on its clock, saying which, across Chile’s changes of time (%s, %s)',
    async (lng, at, words) => {
      const html = await render(at, lng, { timeZone: 'America/Santiago', showZone: true });
      expect(html.replace(/<[^>]+>/g, '')).toBe(words);
    },
  );

  it('writes a dash for a time not known', async () => {
    expect(await render(null, 'en')).toBe('—');
  });
});

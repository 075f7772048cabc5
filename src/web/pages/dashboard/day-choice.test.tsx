// The dashboard's choice of day: the day shown typed day first, the day before one click away, no
// day after today, and today left out of the address so the page follows it past midnight.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { DayChoice, dayAsked } from './day-choice';

const i18n = testI18n({ interpolation: { escapeValue: false } });

const html = (date: string, today: string, lng = 'es') => {
  void i18n.changeLanguage(lng);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <DayChoice date={date} today={today} onChoose={() => undefined} />
    </I18nextProvider>,
  );
};

const nextButton = (markup: string) => /<button[^>]*data-testid="day-next"[^>]*>/.exec(markup)?.[0] ?? '';

describe('DayChoice', () => {
  it('shows the day typed day first, with the days before and after as buttons', () => {
    const markup = html('2026-12-04', '2026-12-05');
    expect(markup).toContain('value="04/12/2026"');
    expect(markup).toContain('Día (hora del puesto)');
    expect(markup).toContain('>Día anterior</button>');
    expect(markup).toContain('>Día siguiente</button>');
    expect(nextButton(markup)).not.toContain('disabled');
  });

  it('offers no day after today', () => {
    expect(nextButton(html('2026-12-05', '2026-12-05'))).toContain('disabled');
  });

  it('speaks English too', () => {
    const markup = html('2026-12-04', '2026-12-05', 'en');
    expect(markup).toContain('Day (checkpoint time)');
    expect(markup).toContain('>Previous day</button>');
    expect(markup).toContain('>Next day</button>');
  });
});

describe('dayAsked', () => {
  it.each([
    ['2026-12-04', '2026-12-05', '2026-12-04', 'a day before today is asked for'],
    ['2026-12-05', '2026-12-05', undefined, 'today is left out, so that the page follows it'],
    ['2026-12-06', '2026-12-05', undefined, 'a later day is today'],
  ] as const)('%s with today %s asks for %s: %s', (date, today, asked, _why) => {
    expect(dayAsked(date, today)).toBe(asked);
  });
});

// A day and a time typed day first on a 24-hour clock, whatever the browser's language: what they read
// as, what the field says of them in either language, and what it shows.
import fc from 'fast-check';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../test/support/i18n';
import { DateTimeField, dayTimeProblem, readDayTime, typedDayTime } from './date-time-field';

const spanish = testI18n({ interpolation: { escapeValue: false } });
const english = testI18n({ lng: 'en', interpolation: { escapeValue: false } });

describe('a day and time typed day first', () => {
  it.each([
    ['14/03/2026 18:30', '2026-03-14T18:30'],
    ['03/04/2026 09:15', '2026-04-03T09:15'],
    ['4/3/2026 6:05', '2026-03-04T06:05'],
    ['  14-03-2026,  18.30 ', '2026-03-14T18:30'],
    ['2026-03-14T18:30', '2026-03-14T18:30'],
    ['29/02/2028 00:00', '2028-02-29T00:00'],
    ['27/11/2025 00:00:30', '2025-11-27T00:00:30'],
    ['31/12/2026 23:59', '2026-12-31T23:59'],
  ])('reads %s as %s', (typed, value) => {
    expect(readDayTime(typed)).toEqual({ kind: 'read', value });
  });

  it.each([
    ['', { kind: 'empty' }],
    ['31/02/2026 10:00', { kind: 'no-day', day: '31/02/2026' }],
    ['12/13/2026 10:00', { kind: 'no-day', day: '12/13/2026' }],
    ['14/03/2026 24:00', { kind: 'no-time', time: '24:00' }],
    ['14/03/2026 7:75', { kind: 'no-time', time: '07:75' }],
    ['14/03/2026', { kind: 'unread' }],
    ['14/03/26 18:30', { kind: 'unread' }],
    ['03/14/2026 6:30 PM', { kind: 'unread' }],
    ['mañana 18:30', { kind: 'unread' }],
  ] as const)('reads %s as not a time: %o', (typed, read) => {
    expect(readDayTime(typed)).toEqual(read);
  });

  it('never throws, whatever is typed', () => {
    fc.assert(fc.property(fc.string(), (typed) => void readDayTime(typed)));
  });

  it('reads back every value it shows', () => {
    const minute = fc.date({ min: new Date('1900-01-01'), max: new Date('2999-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(minute, (at) => {
        const value = at.toISOString().slice(0, 16);
        expect(readDayTime(typedDayTime(value))).toEqual({ kind: 'read', value });
      }),
    );
  });

  it('shows a value day first, and anything else as it is', () => {
    expect(typedDayTime('2026-03-04T06:05')).toBe('04/03/2026 06:05');
    expect(typedDayTime('2025-11-27T00:00:30')).toBe('27/11/2025 00:00:30');
    expect(typedDayTime('')).toBe('');
  });
});

describe('what the field says', () => {
  it.each([
    ['31/02/2026 10:00', false, 'El 31/02/2026 no existe en el calendario.', '31/02/2026 is not a day'],
    ['14/03/2026 24:00', false, 'La hora 24:00 no existe', '24:00 is not a time on the clock'],
    [
      '14/03/2026',
      true,
      'Escriba el día y la hora como dd/mm/aaaa hh:mm',
      'Write the day and time as dd/mm/yyyy',
    ],
  ])('of %s (left: %s), in Spanish and in English', (typed, left, es, en) => {
    expect(dayTimeProblem(typed, left, spanish.t)).toContain(es);
    expect(dayTimeProblem(typed, left, english.t)).toContain(en);
  });

  it.each([
    ['14/03/2026', false],
    ['14/03/2026 18:30', true],
    ['', true],
  ])('says nothing yet of %s (left: %s)', (typed, left) => {
    expect(dayTimeProblem(typed, left, spanish.t)).toBeUndefined();
  });
});

describe('DateTimeField', () => {
  const render = (lang: typeof spanish, value: string, error?: string) =>
    renderToStaticMarkup(
      <I18nextProvider i18n={lang}>
        <DateTimeField id="departure" label="Salida" value={value} onChange={() => undefined} error={error} />
      </I18nextProvider>,
    );

  it('is a text field, never the browser’s own, showing its value day first on a 24-hour clock', () => {
    const html = render(spanish, '2026-03-04T18:30');
    expect(html).toContain('type="text"');
    expect(html).not.toContain('datetime-local');
    expect(html).toContain('value="04/03/2026 18:30"');
  });

  it('shows its pattern in the reader’s language', () => {
    expect(render(spanish, '')).toContain('placeholder="dd/mm/aaaa hh:mm"');
    expect(render(english, '')).toContain('placeholder="dd/mm/yyyy hh:mm"');
  });

  it('says the form’s own error when what is typed reads', () => {
    expect(render(spanish, '', 'Complete este dato.')).toContain('Complete este dato.');
  });
});

// The observation's time is typed on the chosen checkpoint's clock, whatever the device's zone: the
// field says which clock, and offers now on it. A Chilean time typed in Lima was refused as future.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { Checkpoint } from '../../api/types';
import { ObservationForm } from './observation-form';
import { ObservedAtFields } from './observed-at-fields';

// As the app sets it up: React escapes what it renders.
const i18n = testI18n({ interpolation: { escapeValue: false } });

// The device is in Lima; at Chacalluta it is two hours later (Chile's summer time).
let deviceZone: string | undefined;
beforeEach(() => {
  deviceZone = process.env.TZ;
  process.env.TZ = 'America/Lima';
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-05T06:09:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  if (deviceZone === undefined) delete process.env.TZ;
  else process.env.TZ = deviceZone;
});

const checkpoint = (code: string, name: string, timeZone: string): Checkpoint => ({
  id: code,
  code,
  name,
  country: code.slice(0, 2) === 'CL' ? 'CHL' : 'PER',
  latitude: -18.3,
  longitude: -70.3,
  timeZone,
  demo: true,
  booths: [],
});
const CHACALLUTA = checkpoint('CL-CHACALLUTA', 'Complejo Fronterizo Chacalluta', 'America/Santiago');
const SANTA_ROSA = checkpoint('PE-SANTA-ROSA', 'Complejo Fronterizo Santa Rosa', 'America/Lima');

const render = (node: React.ReactNode) =>
  renderToStaticMarkup(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
const timeInput = (html: string) => /<input[^>]*id="observation-observedAt"[^>]*>/.exec(html)?.[0] ?? '';
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('ObservationForm', () => {
  it("offers now on Chacalluta's clock, not the device's, and says whose clock it is", () => {
    const html = render(<ObservationForm checkpoints={[CHACALLUTA, SANTA_ROSA]} onRecorded={vi.fn()} />);
    expect(timeInput(html)).toContain('value="05/12/2026 03:09"');
    expect(text(html)).toContain('Hora de la observación (hora local de Complejo Fronterizo Chacalluta)');

    // The clock named as people say it; before, by its code ("Reloj de America/Santiago").
    expect(text(html)).toMatch(
      /Reloj de Santiago \(Chile, UTC−4; UTC−3 en verano\): allí ahora es .*03:09 GMT-3\./,
    );
    expect(text(html)).not.toContain('America/Santiago');
  });

  it('says under the note who reads it, and that partners do not', () => {
    const html = text(render(<ObservationForm checkpoints={[SANTA_ROSA]} onRecorded={vi.fn()} />));
    expect(html).toContain(
      'La leen solo oficiales, supervisores y administradores; los socios humanitarios y los analistas ven las cifras, no la nota.',
    );
  });

  it("offers now on Santa Rosa's clock when it is the checkpoint", () => {
    const html = render(<ObservationForm checkpoints={[SANTA_ROSA, CHACALLUTA]} onRecorded={vi.fn()} />);
    expect(timeInput(html)).toContain('value="05/12/2026 01:09"');
    expect(text(html)).toContain('hora local de Complejo Fronterizo Santa Rosa');
  });
});

describe('ObservedAtFields', () => {
  const binding = <V,>(id: string, value: V) => ({ id, value, onChange: vi.fn(), error: undefined });
  const fields = (typed: string, read: Parameters<typeof ObservedAtFields>[0]['read']) =>
    render(
      <ObservedAtFields
        name="Complejo Fronterizo Chacalluta"
        timeZone="America/Santiago"
        read={read}
        time={binding('observation-observedAt', typed)}
        repeat={binding<'earlier' | 'later' | ''>('observation-repeat', '')}
      />,
    );

  it('asks which of the two when the time typed falls in the hour the clocks turn back', () => {
    const html = fields('2026-04-04T23:30', {
      kind: 'twice',
      earlier: '2026-04-05T02:30:00.000Z',
      later: '2026-04-05T03:30:00.000Z',
    });
    expect(text(html)).toContain('Las 23:30 ocurren dos veces en Complejo Fronterizo Chacalluta');
    // Each choice is told apart by its offset: before the change (GMT-3) and after it (GMT-4).
    expect(html).toMatch(/<option value="earlier">[^<]*23:30 GMT-3<\/option>/);
    expect(html).toMatch(/<option value="later">[^<]*23:30 GMT-4<\/option>/);
  });

  it('asks nothing more for a time that occurs once', () => {
    const html = fields('2026-12-05T03:09', { kind: 'one', instant: '2026-12-05T06:09:00.000Z' });
    expect(html).not.toContain('<select');
  });
});

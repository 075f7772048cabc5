// The incident forms put a box beside the description and beside the note that shares the text with
// humanitarian partners: off until the writer ticks it, and saying who reads the text otherwise. The
// opening form asks when the incident began, on its checkpoint's clock.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { IncidentDetail, Picture } from '../../api/situation-endpoints';
import { OpenIncidentForm, UpdateIncidentForm } from './incident-forms';
import { SAMPLE_BLOCKADE } from './incident-samples';
import { ShareField } from './text-audience';

const i18n = testI18n({ interpolation: { escapeValue: false } });
const render = (node: React.ReactNode) =>
  renderToStaticMarkup(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const picture: Picture = {
  asOf: '2026-12-04T13:00:00.000Z',
  extent: { south: -18.8, west: -70.8, north: -17.5, east: -69.8 },
  checkpoints: [
    {
      code: 'CL-CHACALLUTA',
      name: 'Chacalluta',
      country: 'CHL',
      latitude: -18.3,
      longitude: -70.32,
      timeZone: 'America/Santiago',
    },
  ],
  incidents: [],
  latest: [],
  shelters: null,
};

const incident: IncidentDetail = { ...SAMPLE_BLOCKADE, checkpoint: null };

/** The checkbox input with this id. */
const box = (html: string, id: string) => new RegExp(`<input[^>]*id="${id}"[^>]*>`).exec(html)?.[0] ?? '';
/** Whether the box comes right after the text area: no other field between them. */
const nextTo = (html: string, textarea: string, checkbox: string) => {
  const from = html.indexOf(`id="${textarea}"`);
  const to = html.indexOf(`id="${checkbox}"`);
  const between = html.slice(from, to);
  return (
    from >= 0 &&
    to > from &&
    !/<(select|textarea)\b/.test(between.slice(1)) &&
    between.split('<input').length === 2
  );
};

afterEach(() => {
  vi.useRealTimers();
});

describe('the incident forms', () => {
  it('offer, right after the description, a box to share it with partners, not ticked', () => {
    const html = render(<OpenIncidentForm picture={picture} onOpened={vi.fn()} onCancel={vi.fn()} />);
    const shared = box(html, 'incident-descriptionShared');
    expect(shared).toContain('type="checkbox"');
    expect(shared).not.toContain('checked');
    expect(nextTo(html, 'incident-description', 'incident-descriptionShared')).toBe(true);
    expect(html).toContain(
      '<label for="incident-descriptionShared">Compartir este texto con los socios humanitarios</label>',
    );
    // The title has no box: every role reads it, and its field says so.
    expect(text(html)).toContain('Lo leen todos los roles, también los socios humanitarios');
  });

  it('ask when the incident began, offering now on its checkpoint’s clock and naming that clock', () => {
    // 04:10 in Lima is 06:10 at Chacalluta in Chile's summer (GMT-3).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-07T09:10:00Z'));
    const html = render(<OpenIncidentForm picture={picture} onOpened={vi.fn()} onCancel={vi.fn()} />);
    // Before, the form had no such field: an incident reported late began when it was typed in.
    expect(/<input[^>]*id="incident-occurredAt"[^>]*>/.exec(html)?.[0]).toContain('value="07/12/2026 06:10"');
    expect(text(html)).toContain('Cuándo empezó (hora local de Chacalluta)');
    expect(text(html)).toMatch(
      /Reloj de Santiago \(Chile, UTC−4; UTC−3 en verano\): allí ahora es .*06:10 GMT-3\./,
    );
  });

  it('ask when an incident at no checkpoint began on the device’s clock, saying so', () => {
    const none = { ...picture, checkpoints: [] };
    const html = render(<OpenIncidentForm picture={none} onOpened={vi.fn()} onCancel={vi.fn()} />);
    expect(text(html)).toContain('Cuándo empezó (hora de este equipo:');
  });

  it('offer, right after an update’s note, a box to share it with partners, not ticked', () => {
    const html = render(<UpdateIncidentForm incident={incident} onUpdated={vi.fn()} takeFocus={false} />);
    const shared = box(html, 'update-i-1-noteShared');
    expect(shared).toContain('type="checkbox"');
    expect(shared).not.toContain('checked');
    expect(nextTo(html, 'update-i-1-note', 'update-i-1-noteShared')).toBe(true);
    expect(text(html)).toContain('Compartir este texto con los socios humanitarios');
  });

  it('say who reads the text unless the box is ticked, and show it ticked once it is', () => {
    const field = (value: boolean) =>
      render(<ShareField id="note-shared" value={value} onChange={vi.fn()} error={undefined} />);
    expect(text(field(false))).toContain(
      'Sin marcar, lo leen solo oficiales, supervisores y administradores; los socios humanitarios y los analistas ven «Detalle reservado al personal».',
    );
    expect(box(field(false), 'note-shared')).toContain('aria-describedby="note-shared-hint"');
    expect(box(field(true), 'note-shared')).toContain('checked=""');
  });
});

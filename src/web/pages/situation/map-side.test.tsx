// The map's written picture says when each queue was looked at and since when each incident runs:
// it is what the keyboard and a screen reader reach (the markers take no focus), and at night a
// commander read yesterday evening's queue as now's ("Actualizado a las 03:10" is when it was asked).
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { LatestObservation, Picture } from '../../api/situation-endpoints';
import { SAMPLE_BLOCKADE } from './incident-samples';
import { MapLegendAndLists } from './map-side';

const i18n = testI18n({ interpolation: { escapeValue: false } });
const CHACALLUTA = {
  code: 'CL-CHACALLUTA',
  name: 'Complejo Fronterizo Chacalluta',
  timeZone: 'America/Santiago',
};

const seen = (side: 'entry' | 'exit', kind: LatestObservation['kind'], value: number, at: string) => ({
  checkpoint: CHACALLUTA,
  side,
  kind,
  value,
  observedAt: at,
  observationId: `${side}-${at}`,
});

const picture: Picture = {
  asOf: '2026-12-07T06:10:00.000Z',
  extent: { south: -18.8, west: -70.8, north: -17.7, east: -69.8 },
  checkpoints: [{ ...CHACALLUTA, country: 'CHL', latitude: -18.31, longitude: -70.31 }],
  incidents: [{ ...SAMPLE_BLOCKADE, occurredAt: '2026-12-06T22:40:00.000Z' }],
  latest: [
    // To enter, counted at 02:50 (GMT-3); to leave, last counted the evening before at 19:30.
    seen('entry', 'peopleWaiting', 15, '2026-12-07T05:50:00.000Z'),
    seen('entry', 'queueKm', 0.8, '2026-12-07T05:50:00.000Z'),
    seen('exit', 'peopleWaiting', 80, '2026-12-06T22:30:00.000Z'),
  ],
  shelters: null,
};

const text = () =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <MapLegendAndLists picture={picture} />
      </MemoryRouter>
    </I18nextProvider>,
  )
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the map’s written picture', () => {
  it('says when each side’s queue was observed, on the checkpoint’s clock', () => {
    expect(text()).toContain('Para entrar: 15 personas · 0.8 km de cola (7 dic 2026, 02:50 GMT-3)');
    expect(text()).toContain('Para salir: 80 personas (6 dic 2026, 19:30 GMT-3)');
  });

  it('says since when each open incident runs', () => {
    expect(text()).toContain('Bloqueo de vía · Abierto · desde 6 dic 2026, 19:40 GMT-3');
  });
});

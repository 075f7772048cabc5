// An incident's facts and log: who reported and who wrote each entry are shown when the server sends
// them (enforcement roles), and left out, not shown as unknown, when it does not (partners, analysts).
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { IncidentDetail } from '../../api/situation-endpoints';
import { IncidentLog } from './incident-log';

const i18n = testI18n();

const blockade: IncidentDetail = {
  id: 'i-1',
  kind: 'road-blockade',
  title: 'Bloqueo de la Panamericana',
  description: null,
  latitude: -18.305,
  longitude: -70.318,
  checkpoint: { code: 'CL-CHACALLUTA', name: 'Chacalluta', timeZone: 'America/Santiago' },
  severity: 'high',
  status: 'open',
  occurredAt: '2026-12-04T12:00:00.000Z',
  reportedAt: '2026-12-04T12:05:00.000Z',
  updatedAt: '2026-12-04T13:00:00.000Z',
  closedAt: null,
  updates: [
    {
      id: 'u-1',
      at: '2026-12-04T13:00:00.000Z',
      note: 'Paso de un carril',
      status: null,
      severity: null,
    },
  ],
};

const text = (incident: IncidentDetail) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <IncidentLog incident={incident} />
    </I18nextProvider>,
  ).replace(/<[^>]+>/g, ' ');

describe('IncidentLog', () => {
  it('names who reported and who wrote each entry when the server sends them', () => {
    const named = { displayName: 'Supervisora de turno' };
    const out = text({
      ...blockade,
      reporter: named,
      updates: blockade.updates.map((u) => ({ ...u, by: named })),
    });
    expect(out).toContain('Reportado por');
    expect(out.match(/Supervisora de turno/g)).toHaveLength(2);
  });

  it('leaves out who reported, rather than a dash, when the server does not send it', () => {
    const out = text(blockade);
    expect(out).not.toContain('Reportado por');
    expect(out).not.toContain('—');
    expect(out).toContain('Paso de un carril');
  });
});

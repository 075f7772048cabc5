// An incident's facts and log: who reported and who wrote each entry are shown when the server sends
// them (enforcement roles), and left out, not shown as unknown, when it does not (partners, analysts).
// The staff see each text tagged with whether partners read it; partners a neutral line in place of
// a text withheld from them.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { IncidentDetail } from '../../api/situation-endpoints';
import { IncidentLog } from './incident-log';
import { SAMPLE_BLOCKADE } from './incident-samples';

const i18n = testI18n();

const blockade: IncidentDetail = {
  ...SAMPLE_BLOCKADE,
  updates: [
    {
      id: 'u-1',
      at: '2026-12-04T13:00:00.000Z',
      note: 'Paso de un carril',
      noteShared: false,
      noteWithheld: false,
      status: null,
      severity: null,
    },
  ],
};

const html = (incident: IncidentDetail, staff = true) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <IncidentLog incident={incident} staff={staff} />
    </I18nextProvider>,
  );
const text = (incident: IncidentDetail, staff = true) => html(incident, staff).replace(/<[^>]+>/g, ' ');

// The demo's blockade as the staff read it: the opening's description shared, a note kept from partners.
const arrest = 'Carabineros detiene a dos personas con orden de detención vigente';
const logged: IncidentDetail = {
  ...blockade,
  updates: [
    {
      id: 'u-0',
      at: '2026-12-04T12:05:00.000Z',
      note: 'Unas 70 personas varadas bloquean la vía',
      noteShared: true,
      noteWithheld: false,
      status: { from: null, to: 'open' },
      severity: { from: null, to: 'high' },
    },
    { ...(blockade.updates[0] as IncidentDetail['updates'][number]), note: arrest },
  ],
};
// The same, as the server sends it to a partner: the note not shared is not there at all.
const asPartner: IncidentDetail = {
  ...logged,
  updates: logged.updates.map((u) => (u.noteShared ? u : { ...u, note: null, noteWithheld: true })),
};

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

  it('tags each text for the staff with whether humanitarian partners read it', () => {
    const entries = html(logged).split('<li>').slice(1);
    expect(entries[0]).toMatch(
      /varadas bloquean la vía <span class="tag tag-ok">Compartido con socios humanitarios</,
    );
    expect(entries[1]).toContain(arrest);
    expect(entries[1]).toMatch(/<span class="tag tag-muted">Solo personal</);
    expect(text(logged)).not.toContain('Detalle reservado al personal');
  });

  it('shows a partner a neutral line in place of a text not shared with them, and no tags', () => {
    const out = text(asPartner, false);
    expect(out).toContain('Unas 70 personas varadas bloquean la vía');
    expect(out).toContain('Detalle reservado al personal');
    expect(out).not.toContain('Compartido con socios humanitarios');
    expect(out).not.toContain('Solo personal');
  });
});

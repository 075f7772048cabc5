// An audit entry's detail reads as lines of words, not as JSON.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../test/support/i18n';
import { formatDateTime } from '../format/format';
import situation from '../i18n/areas/situation.es.json';
import { AuditDetail } from './audit-detail';

const i18n = testI18n();

/** The text of each line (key: value); a nested object's key has no value, its lines follow. */
function lines(
  detail: Record<string, unknown>,
  action = 'user.update',
  names: Record<string, string> = {},
): string[] {
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <AuditDetail detail={detail} action={action} names={names} />
    </I18nextProvider>,
  );
  return [...html.matchAll(/<dt>(.*?)<\/dt><dd>(.*?)(?=<\/dd>|<dl)/g)].map(([, key = '', value = '']) =>
    `${key}: ${value}`.trim(),
  );
}

describe('AuditDetail', () => {
  it('words the keys and values of a user change', () => {
    expect(
      lines({
        before: { role: 'officer', disabled: false },
        change: { role: 'supervisor', checkpointIds: [] },
      }),
    ).toEqual([
      'Antes:',
      'Rol: Oficial de control',
      'Desactivado: no',
      'Cambio:',
      'Rol: Supervisor',
      'Puestos de control: ninguno',
    ]);
  });

  it("words a supervisor's decision on a held person: the event corrected, the decision, the ground and why", () => {
    const held = '0190a1b2-0000-7000-8000-000000000001';
    const refused = '0190a1b2-0000-7000-8000-000000000002';
    expect(
      lines(
        {
          applied: ['0190a1b2-0000-7000-8000-00000000000a'],
          corrected: {
            [held]: { decision: 'admitted', note: 'Otra persona: fecha de nacimiento distinta' },
            [refused]: { decision: 'refused', refusalGround: 'watchlist' },
          },
        },
        'events.record',
      ),
    ).toEqual([
      `${i18n.t('audit.detail.key.applied')}: 0190a1b2-0000-7000-8000-00000000000a`,
      'Eventos corregidos:',
      `${held}:`,
      'Decisión: Admisión',
      `${i18n.t('audit.detail.key.note')}: Otra persona: fecha de nacimiento distinta`,
      `${refused}:`,
      `Decisión: ${i18n.t('booth.pastDecision.refused')}`,
      `Motivo de rechazo: ${i18n.t('booth.ground.watchlist')}`,
    ]);
  });

  it("writes a place's degrees to four decimals and a count with its groups, as the pages do", () => {
    expect(
      lines({ latitude: -18.0089, longitude: -70.320_54, entries: 12_345 }, 'checkpoint.create'),
    ).toEqual(['Latitud: -18.0089', 'Longitud: -70.3205', `${i18n.t('audit.detail.key.entries')}: 12,345`]);
  });

  it('cuts a long list of ids short and says how many more', () => {
    expect(lines({ status: 'open', people: ['p1', 'p2', 'p3', 'p4', 'p5'] }, 'screening.list')).toEqual([
      'Estado: Por revisar',
      'Personas: p1, p2, p3 y 2 más',
    ]);
  });

  it('words the state a queue was listed in by what the action lists', () => {
    expect(lines({ status: 'open' }, 'referrals.list')).toEqual(['Estado: Abiertas']);
    expect(lines({ status: 'merged' }, 'duplicates.list')).toEqual(['Estado: Fusionados']);
    expect(lines({ status: 'dismissed' }, 'screening.list')).toEqual(['Estado: Descartadas']);
    // The same code under an action that does not define it stays as written.
    expect(lines({ status: 'open' }, 'user.list')).toEqual(['Estado: open']);
    expect(lines({ status: 'nonsense' }, 'screening.list')).toEqual(['Estado: nonsense']);
  });

  it("words an incident's kind, severity and change of state, and an observation's side", () => {
    expect(
      lines(
        { kind: 'road-blockade', severity: 'high', status: { from: 'open', to: 'closed' } },
        'incident.close',
      ),
    ).toEqual([
      `Tipo: ${situation.situation.kind.roadBlockade}`,
      `Gravedad: ${situation.situation.severity.high}`,
      'Estado:',
      `Antes: ${situation.situation.status.open}`,
      `Después: ${situation.situation.status.closed}`,
    ]);
    expect(lines({ side: 'exit' }, 'situation.observe')).toEqual([`Fila: ${situation.situation.side.exit}`]);
  });

  it('names a filter, its action in words and its dates', () => {
    expect(lines({ filter: { action: 'user.list', from: '2025-11-26T05:00:00.000Z', limit: 1000 } })).toEqual(
      [
        'Filtro:',
        'Acción: Consulta de la lista de usuarios',
        `Desde: ${formatDateTime('2025-11-26T05:00:00.000Z', 'es-419')}`,
        'Entradas por página: 1,000',
      ],
    );
  });

  it('names the checkpoints the server named, and keeps the id of a record it did not name', () => {
    const chacalluta = '5a7a0000-0000-4000-8000-000000000002';
    const person = '0a0d0000-0000-4000-8000-000000000001';
    expect(
      lines({ change: { checkpointIds: [chacalluta] }, personId: person }, 'user.update', {
        [chacalluta]: 'Complejo Fronterizo Chacalluta (CL-CHACALLUTA)',
      }),
    ).toEqual([
      'Cambio:',
      'Puestos de control: Complejo Fronterizo Chacalluta (CL-CHACALLUTA)',
      `${i18n.t('audit.detail.key.personId')}: ${person}`,
    ]);
  });

  it("calls a booth's retirement Retirada, not the signing keys a rotation retires", () => {
    const retire = lines(
      { booth: 'SR-07', before: { name: 'Caseta 7', retired: false }, change: { retired: true } },
      'booth.retire',
    );
    expect(retire).toContain('Retirada: no');
    expect(retire).toContain('Retirada: sí');
    expect(lines({ retired: ['k1'] }, 'keys.rotate')).toEqual([`${i18n.t('audit.detail.key.retired')}: k1`]);
  });

  it('words the state a duplicate pair was in before its review, in Spanish and in English', () => {
    expect(lines({ from: 'candidate' }, 'duplicates.merge')).toEqual([
      `Estado anterior: ${i18n.t('review.duplicates.status.candidate')}`,
    ]);
    const english = i18n.cloneInstance({ lng: 'en' });
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={english}>
        <AuditDetail detail={{ from: 'candidate' }} action="duplicates.merge" />
      </I18nextProvider>,
    );
    expect(html).not.toContain('candidate<');
    expect(html).toContain(`${english.t('review.duplicates.status.candidate')}<`);
  });

  it("writes a decree's days as the pages write dates", () => {
    expect(lines({ number: 'D.S. 135', startsOn: '2027-01-10' }, 'decree.record')).toEqual([
      'Número: D.S. 135',
      `${i18n.t('audit.detail.key.startsOn')}: ${new Intl.DateTimeFormat('es-419', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2027, 0, 10)))}`,
    ]);
  });

  it("words the care area's codes, a convoy log's kind and seats, and the overview's part read", () => {
    expect(lines({ kind: 'delivery', item: 'food-kit', quantity: 20 }, 'care.movement')).toEqual([
      `${i18n.t('audit.detail.key.kind')}: ${i18n.t('care.movement.delivery')}`,
      `${i18n.t('audit.detail.key.item')}: ${i18n.t('care.item.foodKit')}`,
      `${i18n.t('audit.detail.key.quantity')}: 20`,
    ]);
    expect(lines({ to: 'committed' }, 'care.request-transition')).toEqual([
      `${i18n.t('audit.detail.key.to')}: ${i18n.t('care.status.committed')}`,
    ]);
    expect(lines({ categories: ['water', 'protection'] }, 'care.need')).toEqual([
      `${i18n.t('audit.detail.key.categories')}: ${i18n.t('care.category.water')}, ${i18n.t('care.category.protection')}`,
    ]);
    expect(lines({ kind: 'cancelled' }, 'convoy.cancelled')).toEqual([
      `${i18n.t('audit.detail.key.kind')}: ${i18n.t('audit.action.convoyCancelled')}`,
    ]);
    const person = '0190a1b2-0000-7000-8000-000000000003';
    const seats = lines({ seats: [{ personId: person, plate: 'V2A-714' }] }, 'convoy.manifest', {
      [person]: 'CAROLINA RUIZ GOMES',
    });
    expect(seats).toEqual([
      `${i18n.t('audit.detail.key.seats')}: Persona CAROLINA RUIZ GOMES; Placa V2A-714`,
    ]);
    expect(lines({ view: 'correction-conflicts' }, 'crossings.overview')).toEqual([
      `${i18n.t('audit.detail.key.view')}: correcciones en conflicto`,
    ]);
  });

  it("words a watchlist's format as the import form names it, not by its code", () => {
    expect(lines({ name: 'ONU', format: 'un-xml', entries: 2 }, 'watchlist.import')).toEqual([
      `${i18n.t('audit.detail.key.name')}: ONU`,
      'Formato: ONU, lista consolidada (XML)',
      `${i18n.t('audit.detail.key.entries')}: 2`,
    ]);
  });

  it('shows a key it does not know as written, and nothing for an empty detail', () => {
    expect(lines({ newField: null })).toEqual(['newField: —']);
    expect(lines({})).toEqual([]);
  });
});

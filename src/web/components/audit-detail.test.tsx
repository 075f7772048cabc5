// An audit entry's detail reads as lines of words, not as JSON.
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatDateTime } from '../format/format';
import es from '../i18n/es.json';
import { AuditDetail } from './audit-detail';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { es: { translation: es } }, lng: 'es' });
});

/** The text of each line (key: value); a nested object's key has no value, its lines follow. */
function lines(detail: Record<string, unknown>): string[] {
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <AuditDetail detail={detail} />
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

  it('cuts a long list of ids short and says how many more', () => {
    expect(lines({ status: 'open', people: ['p1', 'p2', 'p3', 'p4', 'p5'] })).toEqual([
      'Estado: open',
      'Personas: p1, p2, p3 y 2 más',
    ]);
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

  it('shows a key it does not know as written, and nothing for an empty detail', () => {
    expect(lines({ newField: null })).toEqual(['newField: —']);
    expect(lines({})).toEqual([]);
  });
});

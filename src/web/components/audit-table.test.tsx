// The audit table names what each entry is about by the names the page came with: an incident by its
// title, a checkpoint by its name and code, a user by username; what has no name keeps its id.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../test/support/i18n';
import type { AuditEntry } from '../api/types';
import { AuditTable } from './audit-table';

const i18n = testI18n();

const entry = (seq: number, entityType: string, entityId: string): AuditEntry => ({
  seq,
  at: '2026-12-05T05:00:00.000Z',
  actorId: null,
  actorUsername: null,
  action: 'incident.update',
  entityType,
  entityId,
  ip: null,
  detail: {},
});

const subjects = (entries: AuditEntry[], names: Record<string, string>): string[] => {
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <AuditTable entries={entries} caption="Auditoría" full={false} names={names} />
    </I18nextProvider>,
  );
  return [...html.matchAll(/<td class="entity">(.*?)<\/td>/g)].map(([, cell = '']) =>
    cell.replace(/<[^>]+>/g, ''),
  );
};

describe('AuditTable', () => {
  it('names the subject of each entry, and keeps the id of one the server did not name', () => {
    const incident = '01a244c1-0000-4000-8000-000000000001';
    const checkpoint = '5a7a0000-0000-4000-8000-000000000001';
    const registration = 'bfa23374-0000-4000-8000-000000000001';
    expect(
      subjects(
        [
          entry(3, 'incident', incident),
          entry(2, 'checkpoint', checkpoint),
          entry(1, 'registration', registration),
        ],
        {
          [incident]: 'Bloqueo en la Panamericana Sur',
          [checkpoint]: 'Complejo Fronterizo Santa Rosa (PE-SANTA-ROSA)',
        },
      ),
    ).toEqual([
      `${i18n.t('audit.entity.incident')} Bloqueo en la Panamericana Sur`,
      `${i18n.t('audit.entity.checkpoint')} Complejo Fronterizo Santa Rosa (PE-SANTA-ROSA)`,
      `${i18n.t('audit.entity.registration')} ${registration}`,
    ]);
  });
});

// An incident as GET /api/situation/incidents/{id} answers it, for the situation pages' tests: a road
// blockade near Chacalluta, open and of high severity, its description not written, its log empty.
import type { IncidentDetail } from '../../api/situation-endpoints';

export const SAMPLE_BLOCKADE: IncidentDetail = {
  id: 'i-1',
  kind: 'road-blockade',
  title: 'Bloqueo de la Panamericana',
  description: null,
  descriptionShared: false,
  descriptionWithheld: false,
  latitude: -18.305,
  longitude: -70.318,
  checkpoint: { code: 'CL-CHACALLUTA', name: 'Chacalluta', timeZone: 'America/Santiago' },
  severity: 'high',
  status: 'open',
  occurredAt: '2026-12-04T12:00:00.000Z',
  reportedAt: '2026-12-04T12:05:00.000Z',
  updatedAt: '2026-12-04T13:00:00.000Z',
  closedAt: null,
  updates: [],
};

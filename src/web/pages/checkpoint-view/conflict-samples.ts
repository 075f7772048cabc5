// Corrections in conflict as GET /api/corrections/conflicts answers them, for the checkpoint view's
// tests: made offline at Santa Rosa's booth SR-01, without having seen another (seen: null).
import type { CorrectionConflict } from '../../api/conflicts-endpoint';

export type SampleCorrection = CorrectionConflict['corrections'][number];

export const sampleCorrection = (
  id: string,
  change: { readonly set?: Record<string, unknown>; readonly void?: boolean },
): SampleCorrection => ({
  id,
  at: '2026-12-07T06:20:00Z',
  receivedAt: '2026-12-07T06:30:00Z',
  boothCode: 'SR-01',
  recordedBy: 'Oficial Quispe',
  offline: true,
  seen: null,
  void: change.void ?? false,
  set: change.set ?? null,
  note: null,
});

import { describe, expect, it } from 'vitest';
import { leftConvoyReason, PassKeyset, REVOCATION_CAUSES, stopOfLeftConvoy } from './keyset';

const revocation = (over: object = {}) => ({
  id: '0190a000-0000-7000-8000-000000000001',
  at: '2025-11-28T11:00:00.000Z',
  ...over,
});
const keyset = (revoked: readonly object[]) => ({ version: 'v1', keys: [], revoked });

describe('a keyset a checkpoint downloads', () => {
  // The causes Paso writes are typed as RevocationCause: every one of them must read back as written.
  it.each(REVOCATION_CAUSES)('reads the cause %s as Paso writes it', (cause) => {
    expect(PassKeyset.parse(keyset([revocation({ cause })])).revoked[0]?.cause).toBe(cause);
  });

  it('reads a keyset kept before causes existed as withdrawn, and drops the reason it carried', () => {
    const kept = revocation({ reason: 'Coincidencia en lista de vigilancia INTERPOL' });
    const read = PassKeyset.parse(keyset([kept])).revoked[0];
    expect(read).toEqual(revocation({ cause: 'withdrawn' }));
    expect(JSON.stringify(read)).not.toContain('INTERPOL');
  });

  it("keeps a revocation whose cause it does not know (a newer server's) as withdrawn", () => {
    const read = PassKeyset.parse(keyset([revocation({ cause: 'seat-given-away' })]));
    expect(read.revoked).toEqual([revocation({ cause: 'withdrawn' })]);
  });

  it('keeps the stop someone left a convoy at', () => {
    const read = PassKeyset.parse(keyset([revocation({ cause: 'left-convoy', stop: 'MOQUEGUA' })]));
    expect(read.revoked[0]).toMatchObject({ cause: 'left-convoy', stop: 'MOQUEGUA' });
  });
});

describe('the stop in the reason stored for someone who left a convoy', () => {
  it.each([
    ['MOQUEGUA', 'Trasladado al hospital regional de Moquegua: urgencia'],
    ['KM-120', 'Se quedó: con familia'],
  ])('reads back %s and never the words', (stop, words) => {
    expect(stopOfLeftConvoy(leftConvoyReason(stop, words))).toBe(stop);
  });

  it.each(['Trasladado al hospital', 'moquegua: hospital', ': hospital', ''])(
    'finds no stop in a reason Paso did not write that way: %j',
    (reason) => {
      expect(stopOfLeftConvoy(reason)).toBeUndefined();
    },
  );
});

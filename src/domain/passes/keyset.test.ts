import { describe, expect, it } from 'vitest';
import { PassKeyset } from './keyset';

const revocation = (cause?: unknown) => ({
  id: '0190a000-0000-7000-8000-000000000001',
  reason: 'Did not board before the convoy departed.',
  at: '2025-11-28T11:00:00.000Z',
  ...(cause === undefined ? {} : { cause }),
});
const keyset = (revoked: readonly object[]) => ({ version: 'v1', keys: [], revoked });

describe('a keyset a checkpoint downloads', () => {
  it('reads each cause Paso writes', () => {
    for (const cause of ['manifest-removed', 'convoy-cancelled', 'no-show', 'left-convoy']) {
      expect(PassKeyset.parse(keyset([revocation(cause)])).revoked[0]?.cause).toBe(cause);
    }
  });

  it('reads a revocation without a cause, as kept before causes existed', () => {
    expect(PassKeyset.parse(keyset([revocation()])).revoked[0]).toEqual(revocation());
  });

  it("keeps a revocation whose cause it does not know (a newer server's), with its reason", () => {
    const read = PassKeyset.parse(keyset([revocation('seat-given-away')]));
    expect(read.revoked).toEqual([{ ...revocation(), cause: undefined }]);
  });
});

// The booth's reference reads, kept for offline use after sign-in, never go out once the user has
// signed out: each would be refused with 401 and show as an error in the console.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { User } from '../api/types';
import { warmReferenceCache } from './remembered-user';

const officer: User = {
  id: '0a7a0000-0000-4000-8000-000000000001',
  username: 'oficial',
  displayName: 'Oficial',
  role: 'officer',
  checkpointIds: [],
  disabled: false,
  createdAt: '2025-11-27T00:00:00.000Z',
};

/** A service worker that is ready but does not yet control the page, as on a first visit. */
function installWorker() {
  const worker = Object.assign(new EventTarget(), {
    ready: Promise.resolve(),
    controller: null as object | null,
  });
  const fetch = vi.fn(async () => new Response('{}'));
  vi.stubGlobal('navigator', { serviceWorker: worker });
  vi.stubGlobal('fetch', fetch);
  const takeControl = () => {
    worker.controller = {};
    worker.dispatchEvent(new Event('controllerchange'));
  };
  return { fetch, takeControl };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('warmReferenceCache', () => {
  it('reads the reference data once the service worker takes control', async () => {
    const { fetch, takeControl } = installWorker();
    const warming = warmReferenceCache(officer, new AbortController().signal);
    await Promise.resolve();
    expect(fetch).not.toHaveBeenCalled();
    takeControl();
    await warming;
    expect(fetch.mock.calls.map((call) => (call as unknown[])[0])).toEqual([
      '/api/meta',
      '/api/checkpoints',
      '/api/countries',
      '/api/documents/policy',
    ]);
  });

  it('reads nothing when the user signs out before the service worker takes control', async () => {
    const { fetch, takeControl } = installWorker();
    const controller = new AbortController();
    const warming = warmReferenceCache(officer, controller.signal);
    await Promise.resolve();
    controller.abort();
    await warming;
    takeControl();
    await Promise.resolve();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reads nothing for a user who may not open the booth', async () => {
    const { fetch, takeControl } = installWorker();
    takeControl();
    await warmReferenceCache({ ...officer, role: 'humanitarian' }, new AbortController().signal);
    expect(fetch).not.toHaveBeenCalled();
  });
});

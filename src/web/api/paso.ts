// The app's one API instance: the CSRF token it holds belongs to the current session.
import { notingServerClock } from '../offline/server-clock';
import { createApiClient } from './client';
import { createPasoApi } from './endpoints';

// Each answer to a change tells the device's clock against the server's (offline/server-clock.ts).
export const api = createPasoApi(
  createApiClient(notingServerClock((input, init) => globalThis.fetch(input, init))),
);

// The app's one API instance: the CSRF token it holds belongs to the current session.
import { createApiClient } from './client';
import { createPasoApi } from './endpoints';

export const api = createPasoApi(createApiClient());

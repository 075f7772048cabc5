// The reads the service worker keeps for offline use and answers from its cache when the network is
// gone (OFFLINE_READS in vite.config.ts): the booth's reference data. Every other read of the API
// reaches the server or fails.
export const REFERENCE_READS: readonly string[] = [
  '/api/meta',
  '/api/checkpoints',
  '/api/countries',
  '/api/documents/policy',
];

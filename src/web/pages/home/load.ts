// Loaders shared by the home pages, stable so useApiData loads each once per visit.
import { api } from '../../api/paso';

export const loadSummary = (signal: AbortSignal) => api.getSummary({ signal });
export const loadShelters = (signal: AbortSignal) => api.listShelters({ signal });
export const loadUsers = (signal: AbortSignal) => api.listUsers({ signal });
export const loadVerify = (signal: AbortSignal) => api.verifyAudit({ signal });
export const loadLatestAudit = (signal: AbortSignal) => api.listAudit({ limit: 8 }, { signal });

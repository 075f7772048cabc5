// What the server says about itself (version, demo mode, operation name), fetched once for every page.
import { createContext, type ReactNode, useContext } from 'react';
import { api } from '../api/paso';
import type { Meta } from '../api/types';
import { useApiData } from '../hooks/use-api-data';

const MetaContext = createContext<Meta | null>(null);

const loadMeta = (signal: AbortSignal) => api.getMeta({ signal });

export function MetaProvider({ children }: { readonly children: ReactNode }) {
  const [meta] = useApiData(loadMeta);
  return (
    <MetaContext.Provider value={meta.status === 'ok' ? meta.value : null}>{children}</MetaContext.Provider>
  );
}

/** Null until the server has answered (or when it could not). */
export function useMeta(): Meta | null {
  return useContext(MetaContext);
}

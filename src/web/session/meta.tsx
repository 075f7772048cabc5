// What the server says about itself (version, demo mode, operation name), fetched once for every page.
// The last answer is kept on the device, so a page opened offline still says whether it shows
// demonstration data and which operation it is.
import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { MetaReply } from '../../api/reference';
import { api } from '../api/paso';
import type { Meta } from '../api/types';
import { useApiData } from '../hooks/use-api-data';

const MetaContext = createContext<Meta | null>(null);

const loadMeta = (signal: AbortSignal) => api.getMeta({ signal });

const KEY = 'paso.offline.meta';

function keepMeta(meta: Meta): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(meta));
  } catch (error) {
    // Storage refused (a private window): a page opened offline will then not know the operation.
    console.warn('what the server says about itself could not be kept for offline use', error);
  }
}

/** The last answer kept on this device, read back through its schema; null when there is none. */
export function keptMeta(): Meta | null {
  let value: unknown;
  try {
    value = JSON.parse(window.localStorage.getItem(KEY) ?? 'null');
  } catch {
    // Not ours, damaged or storage refused: as if nothing was kept.
    return null;
  }
  const parsed = MetaReply.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function MetaProvider({ children }: { readonly children: ReactNode }) {
  const [meta] = useApiData(loadMeta);
  const [kept] = useState(keptMeta);
  const answered = meta.status === 'ok' ? meta.value : null;
  useEffect(() => {
    if (answered !== null) keepMeta(answered);
  }, [answered]);
  return <MetaContext.Provider value={answered ?? kept}>{children}</MetaContext.Provider>;
}

/** The server's answer, or the one kept on the device until it answers (or when it cannot). */
export function useMeta(): Meta | null {
  return useContext(MetaContext);
}

// The id of one write, made in the browser and kept until the server has answered it: sending again
// after a lost answer reuses it, so the server applies the write once. A new one after success.
import { useCallback, useState } from 'react';

export function useActionId(): readonly [string, () => void] {
  const [id, setId] = useState(() => crypto.randomUUID());
  const renew = useCallback(() => setId(crypto.randomUUID()), []);
  return [id, renew] as const;
}

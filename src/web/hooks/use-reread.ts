// What a page left open for a whole shift reads again by itself: every so often, when the page comes
// back into view or the window gets focus, and when the network returns (what it showed offline was
// what this device had kept, marked as possibly out of date).
import { useEffect } from 'react';

export function useReread(reread: () => void, everyMs: number): void {
  useEffect(() => {
    const timer = window.setInterval(reread, everyMs);
    const whenVisible = () => {
      if (document.visibilityState === 'visible') reread();
    };
    document.addEventListener('visibilitychange', whenVisible);
    window.addEventListener('focus', reread);
    window.addEventListener('online', reread);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', whenVisible);
      window.removeEventListener('focus', reread);
      window.removeEventListener('online', reread);
    };
  }, [reread, everyMs]);
}

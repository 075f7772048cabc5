// The frame of every page: skip link, header, navigation (when signed in), main content and footer.
// After a navigation, focus moves to the main content so keyboard and screen-reader users start there.
// A page that cannot be drawn says so in its place (error-boundary.tsx); the rest of the frame stays.
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import type { Role } from '../api/types';
import { useFocusFirstInvalid } from '../hooks/use-focus-first-invalid';
import { UpdatePrompt } from '../offline/update-prompt';
import { useMeta } from '../session/meta';
import { AppHeader } from './app-header';
import { ErrorBoundary } from './error-boundary';
import { MainNav } from './main-nav';

type Props = { readonly role?: Role; readonly children: ReactNode };

export function AppLayout({ role, children }: Props) {
  const { t } = useTranslation();
  const meta = useMeta();
  const { pathname, key } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);
  // A form stopped on its fields puts focus on the first one it marked.
  useFocusFirstInvalid(mainRef);

  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);

  // Arriving here by a redirect (after logging in or out) leaves focus on a button that is gone;
  // start from the content instead. On the first page load ('default' key) focus stays at the top.
  useEffect(() => {
    if (key !== 'default' && document.activeElement === document.body) mainRef.current?.focus();
  }, [key]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('a11y.skipToContent')}
      </a>
      <AppHeader />
      {role === undefined ? null : <MainNav role={role} />}
      <UpdatePrompt />
      <main id="main" className="main" tabIndex={-1} ref={mainRef}>
        <ErrorBoundary part="page" resetKey={pathname}>
          {children}
        </ErrorBoundary>
      </main>
      <footer className="app-footer">
        <span>{t('app.name')}</span>
        {meta === null ? null : <span>{t('app.version', { version: meta.version })}</span>}
      </footer>
    </div>
  );
}

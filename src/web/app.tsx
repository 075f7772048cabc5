// Routes and the guards in front of them: signed in or not, and which role may open what.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { AppLayout } from './components/app-layout';
import { AuditPage } from './pages/admin/audit-page';
import { UsersPage } from './pages/admin/users-page';
import { WatchlistsPage } from './pages/admin/watchlists-page';
import { BoothPage } from './pages/booth/booth-page';
import { ShelterPage } from './pages/care/shelter-page';
import { CheckpointViewPage } from './pages/checkpoint-view/checkpoint-view-page';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';
import { NotFoundPage } from './pages/not-found-page';
import { PolicyPage } from './pages/policy/policy-page';
import { ReferralsPage } from './pages/referrals/referrals-page';
import { DuplicatesPage } from './pages/review/duplicates-page';
import { ScreeningPage } from './pages/review/screening-page';
import { TallyPage } from './pages/tally/tally-page';
import { mayOpen, PATHS } from './routes';
import { MetaProvider } from './session/meta';
import { SessionProvider, useSession } from './session/session';

/** Pages for signed-in people: the login page for anyone else, "not allowed" for the wrong role. */
function SignedIn({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  const { state } = useSession();
  const location = useLocation();
  switch (state.status) {
    case 'checking':
      return (
        <AppLayout>
          <p className="loading" role="status">
            {t('common.loading')}
          </p>
        </AppLayout>
      );
    case 'signed-out':
      return <Navigate to={PATHS.login} replace state={{ from: `${location.pathname}${location.search}` }} />;
    case 'signed-in':
      return (
        <AppLayout role={state.user.role}>
          {mayOpen(state.user.role, location.pathname) ? children : <NotFoundPage forbidden />}
        </AppLayout>
      );
    default: {
      const unknown: never = state;
      return unknown;
    }
  }
}

function Public({ children }: { readonly children: ReactNode }) {
  const { state } = useSession();
  return (
    <AppLayout {...(state.status === 'signed-in' ? { role: state.user.role } : {})}>{children}</AppLayout>
  );
}

export function App() {
  return (
    <MetaProvider>
      <SessionProvider>
        <BrowserRouter>
          <Routes>
            <Route
              path={PATHS.login}
              element={
                <Public>
                  <LoginPage />
                </Public>
              }
            />
            <Route
              path={PATHS.home}
              element={
                <SignedIn>
                  <HomePage />
                </SignedIn>
              }
            />
            <Route
              path={PATHS.users}
              element={
                <SignedIn>
                  <UsersPage />
                </SignedIn>
              }
            />
            <Route
              path={PATHS.audit}
              element={
                <SignedIn>
                  <AuditPage />
                </SignedIn>
              }
            />
            <Route
              path={PATHS.booth}
              element={
                <SignedIn>
                  <BoothPage />
                </SignedIn>
              }
            />
            <Route
              path={PATHS.tally}
              element={
                <SignedIn>
                  <TallyPage />
                </SignedIn>
              }
            />
            <Route
              path={PATHS.checkpointView}
              element={
                <SignedIn>
                  <CheckpointViewPage />
                </SignedIn>
              }
            />
            <Route
              path={PATHS.referrals}
              element={
                <SignedIn>
                  <ReferralsPage />
                </SignedIn>
              }
            />
            <Route
              path={PATHS.shelter}
              element={
                <SignedIn>
                  <ShelterPage />
                </SignedIn>
              }
            />
            <Route
              path={PATHS.policy}
              element={
                <SignedIn>
                  <PolicyPage />
                </SignedIn>
              }
            />
            <Route path={PATHS.review} element={<Navigate to={PATHS.reviewScreening} replace />} />
            <Route
              path={PATHS.reviewScreening}
              element={
                <SignedIn>
                  <ScreeningPage />
                </SignedIn>
              }
            />
            <Route
              path={PATHS.reviewDuplicates}
              element={
                <SignedIn>
                  <DuplicatesPage />
                </SignedIn>
              }
            />
            <Route
              path={PATHS.watchlists}
              element={
                <SignedIn>
                  <WatchlistsPage />
                </SignedIn>
              }
            />
            <Route
              path="*"
              element={
                <SignedIn>
                  <NotFoundPage />
                </SignedIn>
              }
            />
          </Routes>
        </BrowserRouter>
      </SessionProvider>
    </MetaProvider>
  );
}

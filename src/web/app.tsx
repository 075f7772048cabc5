// Routes and the guards in front of them: signed in or not, and which role may open what.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { AppLayout } from './components/app-layout';
import { AuditPage } from './pages/admin/audit-page';
import { CheckpointsPage } from './pages/admin/checkpoints-page';
import { UsersPage } from './pages/admin/users-page';
import { WatchlistsPage } from './pages/admin/watchlists-page';
import { BoothPage } from './pages/booth/booth-page';
import { ShelterPage } from './pages/care/shelter-page';
import { SuppliesPage } from './pages/care/supplies-page';
import { CheckpointViewPage } from './pages/checkpoint-view/checkpoint-view-page';
import { DashboardPage } from './pages/dashboard/dashboard-page';
import { DecreesPage } from './pages/decrees/decrees-page';
import { ForecastPage } from './pages/forecast/forecast-page';
import { HomePage } from './pages/home-page';
import { LoginPage } from './pages/login-page';
import { NotFoundPage } from './pages/not-found-page';
import { IssuePassPage } from './pages/passes/issue-page';
import { VerifyPassPage } from './pages/passes/verify-page';
import { PolicyPage } from './pages/policy/policy-page';
import { ReferralsPage } from './pages/referrals/referrals-page';
import { ReportsPage } from './pages/reports/reports-page';
import { DuplicatesPage } from './pages/review/duplicates-page';
import { ScreeningPage } from './pages/review/screening-page';
import { IncidentsPage } from './pages/situation/incidents-page';
import { MapPage } from './pages/situation/map-page';
import { QueuesPage } from './pages/situation/queues-page';
import { WaitingNow } from './pages/situation/waiting-now';
import { TallyPage } from './pages/tally/tally-page';
import { ConvoyPage } from './pages/transit/convoy-page';
import { TransitPage } from './pages/transit/transit-page';
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

// Every page for signed-in people, by its path: one line a page (routes.ts says who may open it).
const SIGNED_IN_PAGES: ReadonlyArray<readonly [string, () => ReactNode]> = [
  [PATHS.home, () => <HomePage />],
  [PATHS.users, () => <UsersPage />],
  [PATHS.audit, () => <AuditPage />],
  [PATHS.checkpoints, () => <CheckpointsPage />],
  [PATHS.booth, () => <BoothPage />],
  [PATHS.tally, () => <TallyPage />],
  [PATHS.checkpointView, () => <CheckpointViewPage />],
  [PATHS.referrals, () => <ReferralsPage />],
  [PATHS.policy, () => <PolicyPage />],
  [PATHS.reviewScreening, () => <ScreeningPage />],
  [PATHS.reviewDuplicates, () => <DuplicatesPage />],
  [PATHS.watchlists, () => <WatchlistsPage />],
  [PATHS.map, () => <MapPage />],
  [PATHS.incidents, () => <IncidentsPage />],
  [PATHS.queues, () => <QueuesPage />],
  [PATHS.dashboard, () => <DashboardPage waiting={(checkpoint) => <WaitingNow checkpoint={checkpoint} />} />],
  [PATHS.forecast, () => <ForecastPage />],
  [PATHS.reports, () => <ReportsPage />],
  [PATHS.passVerify, () => <VerifyPassPage />],
  [PATHS.passIssue, () => <IssuePassPage />],
  [PATHS.decrees, () => <DecreesPage />],
  [PATHS.transit, () => <TransitPage />],
  [PATHS.transitConvoy, () => <ConvoyPage />],
  [PATHS.shelter, () => <ShelterPage />],
  [PATHS.supplies, () => <SuppliesPage />],
];

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
            {SIGNED_IN_PAGES.map(([path, page]) => (
              <Route key={path} path={path} element={<SignedIn>{page()}</SignedIn>} />
            ))}
            <Route path={PATHS.review} element={<Navigate to={PATHS.reviewScreening} replace />} />
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

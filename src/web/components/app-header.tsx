// The page header: demo marker, product and operation, language, and who is signed in.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../api/types';
import { useIsEditingRecord } from '../offline/editing';
import { useSyncState } from '../offline/use-sync';
import { useMeta } from '../session/meta';
import { useSession } from '../session/session';
import { ConfirmQuestion } from './confirm-question';
import { DemoBanner } from './demo-banner';
import { LanguageSwitch } from './language-switch';
import { logoutQuestion } from './logout-question';
import { roleName } from './role-name';

export function AppHeader() {
  const { t } = useTranslation();
  const meta = useMeta();
  return (
    <header className="app-header">
      <DemoBanner />
      <div className="header-bar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-operation">{meta === null ? t('app.tagline') : meta.operationName}</span>
        </div>
        <div className="header-tools">
          <LanguageSwitch />
          <UserMenu />
        </div>
      </div>
    </header>
  );
}

function UserMenu() {
  const { state, logout } = useSession();
  if (state.status !== 'signed-in') return null;
  return <SignedInMenu user={state.user} logout={logout} />;
}

// Only once someone is signed in: the outbox's state is theirs to read.
function SignedInMenu({ user, logout }: { readonly user: User; readonly logout: () => Promise<void> }) {
  const { t } = useTranslation();
  const sync = useSyncState();
  const [asking, setAsking] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (refocus) button.current?.focus();
  }, [refocus]);
  // A booth form typed or read but not sent is said too: signing out takes it away for good.
  const isEditing = useIsEditingRecord();
  // No server answering is offline too: nobody could sign in again here until it answers.
  const online = sync.online && !sync.serverUnreachable;
  const question = logoutQuestion({ online, waiting: sync.waiting, isEditing }, t);
  return (
    <div className="user-menu">
      <span className="user-identity">
        <span className="user-name">{user.displayName}</span>
        <span className="user-role">{roleName(user.role, t)}</span>
      </span>
      {asking ? (
        <ConfirmQuestion
          testId="logout-question"
          question={question.join(' ')}
          confirm={t('auth.logoutConfirm')}
          busy={false}
          onConfirm={() => {
            setAsking(false);
            void logout();
          }}
          onCancel={() => {
            setAsking(false);
            setRefocus(true);
          }}
        />
      ) : (
        <button
          ref={button}
          type="button"
          className="button button-header"
          data-testid="logout"
          onClick={() => {
            setRefocus(false);
            if (question.length > 0) setAsking(true);
            else void logout();
          }}
        >
          {t('auth.logout')}
        </button>
      )}
    </div>
  );
}

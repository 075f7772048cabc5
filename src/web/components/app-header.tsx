// The page header: demo marker, product and operation, language, and who is signed in.
import { useTranslation } from 'react-i18next';
import { useMeta } from '../session/meta';
import { useSession } from '../session/session';
import { DemoBanner } from './demo-banner';
import { LanguageSwitch } from './language-switch';
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
  const { t } = useTranslation();
  const { state, logout } = useSession();
  if (state.status !== 'signed-in') return null;
  const { user } = state;
  return (
    <div className="user-menu">
      <span className="user-identity">
        <span className="user-name">{user.displayName}</span>
        <span className="user-role">{roleName(user.role, t)}</span>
      </span>
      <button
        type="button"
        className="button button-header"
        data-testid="logout"
        onClick={() => void logout()}
      >
        {t('auth.logout')}
      </button>
    </div>
  );
}

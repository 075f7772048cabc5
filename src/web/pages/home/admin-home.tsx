// The administrator's home: users by role, the audit chain's state and the latest audit entries.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROLES } from '../../../domain/access';
import type { User } from '../../api/types';
import { AuditTable } from '../../components/audit-table';
import { CHAIN_CHECK, ChainStatus } from '../../components/chain-status';
import { type Figure, Figures } from '../../components/figures';
import { LoadedSection } from '../../components/loaded-section';
import { roleName } from '../../components/role-name';
import { formatNumber } from '../../format/format';
import { useApiData } from '../../hooks/use-api-data';
import { useLocale } from '../../hooks/use-locale';
import { loadLatestAudit, loadUsers, loadVerify } from './load';

export function AdminHome() {
  const { t } = useTranslation();
  const [users, reloadUsers] = useApiData(loadUsers);
  const [verify, reverify] = useApiData(loadVerify, CHAIN_CHECK);
  const [audit, reloadAudit] = useApiData(loadLatestAudit);
  return (
    <>
      <LoadedSection
        id="admin-users"
        title={t('home.admin.usersByRole')}
        action={<FullPageLink to="/admin/users">{t('home.admin.manageUsers')}</FullPageLink>}
        state={users}
        onRetry={reloadUsers}
      >
        {(list) => <UserCounts users={list} />}
      </LoadedSection>
      <section aria-labelledby="admin-chain">
        <h2 id="admin-chain">{t('audit.chain.title')}</h2>
        <ChainStatus state={verify} onVerify={reverify} />
      </section>
      <LoadedSection
        id="admin-audit"
        title={t('home.admin.latestAudit')}
        action={<FullPageLink to="/admin/audit">{t('home.admin.browseAudit')}</FullPageLink>}
        state={audit}
        onRetry={reloadAudit}
      >
        {(page) => (
          <AuditTable
            entries={page.entries}
            caption={t('home.admin.latestAudit')}
            full={false}
            names={page.names}
          />
        )}
      </LoadedSection>
    </>
  );
}

/** Beside a section's heading: the page that has all of what the section shows a part of. */
function FullPageLink({ to, children }: { readonly to: string; readonly children: string }) {
  return (
    <Link to={to} className="button button-secondary">
      {children}
    </Link>
  );
}

function UserCounts({ users }: { readonly users: readonly User[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const active = users.filter((u) => !u.disabled);
  const items: Figure[] = ROLES.map((role) => ({
    id: `role-${role}`,
    label: roleName(role, t),
    value: formatNumber(active.filter((u) => u.role === role).length, locale),
  }));
  return (
    <>
      <Figures items={items} label={t('home.admin.usersByRole')} />
      <p className="as-of" data-testid="user-totals">
        {t('home.admin.totals', {
          active: formatNumber(active.length, locale),
          disabled: formatNumber(users.length - active.length, locale),
        })}
      </p>
    </>
  );
}

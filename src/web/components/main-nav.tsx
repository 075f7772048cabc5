// The navigation for the signed-in role. NavLink marks the current page with aria-current="page".
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { can } from '../../domain/access';
import type { Role } from '../api/types';

type NavItem = { readonly to: string; readonly label: string; readonly end: boolean };

/** The pages a role may open, by the capabilities the server grants it. */
function navItems(role: Role, t: TFunction): readonly NavItem[] {
  const items: NavItem[] = [{ to: '/', label: t('nav.home'), end: true }];
  if (can(role, 'users.manage')) items.push({ to: '/admin/users', label: t('nav.users'), end: false });
  if (can(role, 'audit.read')) items.push({ to: '/admin/audit', label: t('nav.audit'), end: false });
  return items;
}

export function MainNav({ role }: { readonly role: Role }) {
  const { t } = useTranslation();
  return (
    <nav className="main-nav" aria-label={t('nav.label')}>
      <ul>
        {navItems(role, t).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} className="nav-link">
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

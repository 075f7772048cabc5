// The navigation for the signed-in role. NavLink marks the current page with aria-current="page". On a
// phone or a tablet (up to 1024 px, adaptations.css) the list folds behind a "Menú" button (a
// disclosure) so that the page begins on the first screen; it folds again when a page is chosen, on
// Escape (focus back on the button) and when focus leaves the navigation (a keyboard user tabbing on
// would otherwise find the page under the list).
import type { TFunction } from 'i18next';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, type To, useLocation, useSearchParams } from 'react-router';
import type { Role } from '../api/types';
import { mayOpen, PATHS } from '../routes';

type NavItem = { readonly to: string; readonly label: string; readonly end: boolean };

// The pages that work at a place read it from their address (hooks/use-place-in-address): a link from
// one to another carries the checkpoint and booth chosen, so an officer who goes from the booth to
// tally mode and back is still at the same booth.
const PLACE_KEYS: Readonly<Record<string, readonly string[]>> = {
  [PATHS.booth]: ['checkpoint', 'booth'],
  [PATHS.tally]: ['checkpoint', 'booth'],
  [PATHS.checkpointView]: ['checkpoint'],
};

/** The link to a page, with the part of the current address's place that page reads. */
export function linkTo(path: string, current: URLSearchParams): To {
  const carried = new URLSearchParams();
  for (const key of PLACE_KEYS[path] ?? []) {
    const value = current.get(key);
    if (value) carried.set(key, value);
  }
  const search = carried.toString();
  return search === '' ? path : { pathname: path, search: `?${search}` };
}

/** The pages a role may open, by the capabilities the server grants it (domain/access). */
function navItems(role: Role, t: TFunction): readonly NavItem[] {
  const items: NavItem[] = [
    { to: PATHS.home, label: t('nav.home'), end: true },
    { to: PATHS.booth, label: t('nav.booth'), end: false },
    { to: PATHS.tally, label: t('nav.tally'), end: false },
    { to: PATHS.checkpointView, label: t('nav.checkpointView'), end: false },
    { to: PATHS.referrals, label: t('nav.referrals'), end: false },
    { to: PATHS.map, label: t('situation.nav.map'), end: false },
    { to: PATHS.incidents, label: t('situation.nav.incidents'), end: false },
    { to: PATHS.queues, label: t('situation.nav.queues'), end: false },
    { to: PATHS.dashboard, label: t('dashboard.nav'), end: false },
    { to: PATHS.forecast, label: t('forecast.nav'), end: false },
    { to: PATHS.reports, label: t('reports.nav'), end: false },
    { to: PATHS.passVerify, label: t('passes.nav.verify'), end: false },
    { to: PATHS.passIssue, label: t('passes.nav.issue'), end: false },
    { to: PATHS.transit, label: t('transit.nav'), end: false },
    { to: PATHS.shelter, label: t('care.nav.shelter'), end: false },
    { to: PATHS.supplies, label: t('care.nav.supplies'), end: false },
    { to: PATHS.policy, label: t('nav.policy'), end: false },
    { to: PATHS.decrees, label: t('decrees.nav.register'), end: false },
    // One entry for both queues: it stays marked on /review/screening and /review/duplicates.
    { to: PATHS.review, label: t('nav.review'), end: false },
    { to: PATHS.watchlists, label: t('nav.watchlists'), end: false },
    { to: PATHS.checkpoints, label: t('nav.checkpoints'), end: false },
    { to: PATHS.users, label: t('nav.users'), end: false },
    { to: PATHS.audit, label: t('nav.audit'), end: false },
  ];
  return items.filter((item) => mayOpen(role, item.to));
}

export function MainNav({ role }: { readonly role: Role }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  // Only between the pages that work at a place: elsewhere the address names nothing of it.
  const here = PLACE_KEYS[pathname] ? params : new URLSearchParams();
  // Folds when a link is chosen, and on any other change of page (back, a link in the page).
  // biome-ignore lint/correctness/useExhaustiveDependencies: folds on each change of page
  useEffect(() => setOpen(false), [pathname]);
  const toggle = useRef<HTMLButtonElement>(null);
  return (
    <nav
      className="main-nav"
      aria-label={t('nav.label')}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        setOpen(false);
        toggle.current?.focus();
      }}
      // Only when focus lands elsewhere on the page: a tap that focuses nothing (Safari does not focus
      // a tapped link) must not fold the list between the finger going down and the link's click.
      onBlur={(event) => {
        const to = event.relatedTarget;
        if (open && to !== null && !event.currentTarget.contains(to)) setOpen(false);
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="nav-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
      >
        <span aria-hidden="true">☰</span> {t('nav.menu')}
      </button>
      <ul id={listId} className={open ? 'nav-open' : undefined}>
        {navItems(role, t).map((item) => (
          <li key={item.to}>
            <NavLink
              to={linkTo(item.to, here)}
              end={item.end}
              className="nav-link"
              onClick={() => setOpen(false)}
            >
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

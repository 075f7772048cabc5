// The home page of whoever is signed in: one per role, under one frame (its title, also the page's,
// and the greeting), the role's sections below it.
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../api/types';
import { PageFrame } from '../components/page-frame';
import { useUser } from '../session/session';
import { AdminHome } from './home/admin-home';
import { AnalystHome } from './home/analyst-home';
import { HumanitarianHome } from './home/humanitarian-home';
import { OfficerHome } from './home/officer-home';
import { SupervisorHome } from './home/supervisor-home';

type Home = { readonly title: (t: TFunction) => string; readonly Sections: () => ReactNode };

/** Per role: the home's title and the sections under it. */
const HOMES: Readonly<Record<Role, Home>> = {
  officer: { title: (t) => t('home.officer.title'), Sections: OfficerHome },
  supervisor: { title: (t) => t('home.supervisor.title'), Sections: SupervisorHome },
  humanitarian: { title: (t) => t('home.humanitarian.title'), Sections: HumanitarianHome },
  analyst: { title: (t) => t('home.analyst.title'), Sections: AnalystHome },
  admin: { title: (t) => t('home.admin.title'), Sections: AdminHome },
};

export function HomePage() {
  const { t } = useTranslation();
  const user = useUser();
  const { title, Sections } = HOMES[user.role];
  return (
    <PageFrame
      testId={`home-${user.role}`}
      title={title(t)}
      lead={t('home.greeting', { name: user.displayName })}
    >
      <Sections />
    </PageFrame>
  );
}

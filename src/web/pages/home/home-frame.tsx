// What every role's home shares: its title (also the page's), the greeting, then the role's sections.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../api/types';
import { PageFrame } from '../../components/page-frame';

type Props = {
  /** Whose home it is (a role): names the page for the tests, `home-<page>`. */
  readonly page: string;
  readonly title: string;
  readonly user: User;
  readonly children: ReactNode;
};

export function HomeFrame({ page, title, user, children }: Props) {
  const { t } = useTranslation();
  return (
    <PageFrame testId={`home-${page}`} title={title} lead={t('home.greeting', { name: user.displayName })}>
      {children}
    </PageFrame>
  );
}

// The referrals queue lists at most one answer's worth (REFERRAL_LIST_LIMIT): when it is full, the page
// says that more wait, where before the list simply ended at 500.
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { REFERRAL_LIST_LIMIT } from '../../../api/crossing-views';
import { ES } from '../../i18n/catalogues';
import { ReferralsMore } from './referrals-page';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { es: { translation: ES } }, lng: 'es' });
});

const render = (listed: number, status: 'open' | 'closed') =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ReferralsMore listed={listed} status={status} />
    </I18nextProvider>,
  );

describe('ReferralsMore', () => {
  it('says nothing while the list is shorter than one answer', () => {
    expect(render(REFERRAL_LIST_LIMIT - 1, 'open')).toBe('');
  });

  it('says that more open referrals wait, and which ones are shown, once the list is full', () => {
    expect(render(REFERRAL_LIST_LIMIT, 'open')).toContain(
      `Se muestran las ${REFERRAL_LIST_LIMIT} que más esperan; hay más.`,
    );
    expect(render(REFERRAL_LIST_LIMIT, 'closed')).toContain(
      `Se muestran las ${REFERRAL_LIST_LIMIT} cerradas más recientes`,
    );
  });
});

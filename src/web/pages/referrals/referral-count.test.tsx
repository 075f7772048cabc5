// The referrals queue says how many referrals it holds, or how many match a checkpoint and a name,
// and, when one answer cannot list them all, which ones it shows.
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { REFERRAL_LIST_LIMIT } from '../../../api/crossing-views';
import { EN, ES } from '../../i18n/catalogues';
import { ReferralCount } from './referral-count';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n
    .use(initReactI18next)
    .init({ resources: { es: { translation: ES }, en: { translation: EN } }, lng: 'es' });
});

type Props = Parameters<typeof ReferralCount>[0];
const render = (props: Props, lng = 'es') => {
  void i18n.changeLanguage(lng);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ReferralCount {...props} />
    </I18nextProvider>,
  );
};

describe('ReferralCount', () => {
  it('says how many are open or closed, one or many', () => {
    expect(render({ listed: 1, total: 1, status: 'open', filtered: false })).toContain(
      '1 derivación abierta',
    );
    expect(render({ listed: 180, total: 180, status: 'open', filtered: false })).toContain(
      '180 derivaciones abiertas',
    );
    expect(render({ listed: 12, total: 12, status: 'closed', filtered: false })).toContain(
      '12 derivaciones cerradas',
    );
    expect(render({ listed: 2, total: 2, status: 'open', filtered: false }, 'en')).toContain(
      '2 open referrals',
    );
  });

  it('says how many match when a checkpoint or a name narrows the queue', () => {
    expect(render({ listed: 2, total: 2, status: 'open', filtered: true })).toContain(
      '2 derivaciones abiertas coinciden',
    );
    expect(render({ listed: 0, total: 0, status: 'closed', filtered: true })).toContain(
      'Ninguna derivación cerrada coincide',
    );
    expect(render({ listed: 1, total: 1, status: 'open', filtered: true }, 'en')).toContain(
      '1 open referral matches',
    );
  });

  it('says nothing more while the list holds them all', () => {
    expect(render({ listed: 499, total: 499, status: 'open', filtered: false })).not.toContain(
      'referrals-more',
    );
  });

  it('says that more wait, and which ones are shown, when one answer cannot list them all', () => {
    const open = render({ listed: REFERRAL_LIST_LIMIT, total: 731, status: 'open', filtered: false });
    expect(open).toContain('731 derivaciones abiertas');
    expect(open).toContain(`Se muestran las ${REFERRAL_LIST_LIMIT} que más esperan; hay más.`);
    expect(render({ listed: REFERRAL_LIST_LIMIT, total: 2000, status: 'closed', filtered: true })).toContain(
      `Se muestran las ${REFERRAL_LIST_LIMIT} cerradas más recientes`,
    );
  });
});

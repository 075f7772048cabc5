// The referrals queue says how many referrals it holds, or how many match a checkpoint and a name,
// and, when they take more than one page, which of them the page shows.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { ReferralCount } from './referral-count';

const i18n = testI18n();

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
  it('writes a queue of thousands with its groups, as every figure in the app', () => {
    const markup = render({ first: 1001, listed: 25, total: 1250, status: 'open', filtered: false });
    expect(markup).toContain('1,250 derivaciones abiertas');
    expect(markup).toContain('Se muestran de la 1,001 a la 1,025');
    expect(render({ first: 1, listed: 25, total: 1250, status: 'open', filtered: true }, 'en')).toContain(
      '1,250 open referrals match.',
    );
  });

  it('says how many are open or closed, one or many', () => {
    expect(render({ first: 1, listed: 1, total: 1, status: 'open', filtered: false })).toContain(
      '1 derivación abierta',
    );
    expect(render({ first: 1, listed: 180, total: 180, status: 'open', filtered: false })).toContain(
      '180 derivaciones abiertas',
    );
    expect(render({ first: 1, listed: 12, total: 12, status: 'closed', filtered: false })).toContain(
      '12 derivaciones cerradas',
    );
    expect(render({ first: 1, listed: 2, total: 2, status: 'open', filtered: false }, 'en')).toContain(
      '2 open referrals',
    );
  });

  it('says how many match when a checkpoint or a name narrows the queue', () => {
    expect(render({ first: 1, listed: 2, total: 2, status: 'open', filtered: true })).toContain(
      '2 derivaciones abiertas coinciden',
    );
    expect(render({ first: 1, listed: 0, total: 0, status: 'closed', filtered: true })).toContain(
      'Ninguna derivación cerrada coincide',
    );
    expect(render({ first: 1, listed: 1, total: 1, status: 'open', filtered: true }, 'en')).toContain(
      '1 open referral matches',
    );
  });

  it('says nothing more while the page holds them all', () => {
    expect(render({ first: 1, listed: 25, total: 25, status: 'open', filtered: false })).not.toContain(
      'referrals-shown',
    );
  });

  it('says which of them a page shows, and in which order, when they take more than one', () => {
    const open = render({ first: 26, listed: 25, total: 166, status: 'open', filtered: false });
    expect(open).toContain('166 derivaciones abiertas');
    expect(open).toContain('Se muestran de la 26 a la 50: primero las que más esperan.');
    expect(render({ first: 51, listed: 3, total: 53, status: 'closed', filtered: true })).toContain(
      'Se muestran de la 51 a la 53: primero las cerradas más recientemente.',
    );
    expect(render({ first: 1, listed: 25, total: 30, status: 'open', filtered: false }, 'en')).toContain(
      'Showing 1 to 25: those waiting longest first.',
    );
  });

  it('says why a page past the end of the list is empty', () => {
    expect(render({ first: 26, listed: 0, total: 25, status: 'open', filtered: false })).toContain(
      'Esta página ya no tiene derivaciones',
    );
  });
});

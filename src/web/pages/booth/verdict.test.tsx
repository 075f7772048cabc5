// A record sent again after its answer was lost is answered `duplicate`: the verdict says the record
// reached the server once, in Spanish and English, never that the person had been registered before.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { Verdict } from './verdict';

const verdict = (lng: 'es' | 'en', isDuplicate: boolean) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={testI18n({ lng })}>
      <Verdict
        decision="admitted"
        isScreeningHold={false}
        refusalGround=""
        name={null}
        isQueued={false}
        isDuplicate={isDuplicate}
      />
    </I18nextProvider>,
  );

describe('the verdict on a record the server already had', () => {
  it.each([
    ['es', 'Este registro llegó al servidor: cuenta una sola vez.', /ya estaba registrad/i],
    ['en', 'This record reached the server: it counts once.', /already registered/i],
  ] as const)(
    'says in %s that the record arrived once, not that the person was registered before',
    (lng, said, earlier) => {
      const html = verdict(lng, true);
      expect(html).toContain(said);
      expect(html).not.toMatch(earlier);
    },
  );

  it('says nothing of it for a record answered the first time', () => {
    expect(verdict('es', false)).not.toContain('llegó al servidor');
  });
});

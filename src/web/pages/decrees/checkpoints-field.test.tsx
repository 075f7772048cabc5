// The decree form's checkpoints: those there are, and a code the amended or extended decree names that
// no checkpoint has (recorded before the register refused it), offered marked so it can be left out.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { Checkpoint } from '../../api/types';
import { CheckpointsField } from './checkpoints-field';

const i18n = testI18n({ interpolation: { escapeValue: false } });

const chacalluta: Checkpoint = {
  id: '5a7a0000-0000-4000-8001-000000000002',
  code: 'CL-CHACALLUTA',
  name: 'Complejo Fronterizo Chacalluta',
  country: 'CHL',
  latitude: -18.3,
  longitude: -70.3,
  timeZone: 'America/Santiago',
  demo: true,
  booths: [],
};

const render = (carried: readonly string[]) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <CheckpointsField
        checkpoints={[chacalluta]}
        carried={carried}
        chosen={carried}
        error={undefined}
        onChange={() => undefined}
      />
    </I18nextProvider>,
  );

describe('the checkpoints a decree form offers', () => {
  it('offers a code the decree names that no checkpoint has, said as such, ticked to be left out', () => {
    const html = render(['CL-CHACALUTA']);
    expect(html).toContain('Complejo Fronterizo Chacalluta');
    expect(html).toContain(`<code>CL-CHACALUTA</code> ${i18n.t('decrees.form.unknownCheckpoint')}`);
    expect(html.match(/checked=""/g)).toHaveLength(1);
  });

  it('offers only the checkpoints there are when the decree names none other', () => {
    const html = render(['CL-CHACALLUTA']);
    expect(html).not.toContain(i18n.t('decrees.form.unknownCheckpoint'));
    expect(html.match(/type="checkbox"/g)).toHaveLength(1);
  });
});

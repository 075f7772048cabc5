// The members of a sitting as the list names them: the reference person, each other member's
// relationship to them, and a relationship not chosen yet said as such, never as "unrelated".
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { choiceOf } from './decision';
import { MemberList } from './member-list';
import { addMember, newSitting, plansOf, withMember } from './sitting';

const i18n = testI18n();

const ids = ['m1', 'group', 'm2', 'm3'];
// The list is only read here: nobody edits, removes or changes a member.
const ignore = () => undefined;
const render = () => {
  let n = 0;
  const next = () => ids[n++] ?? `x${n}`;
  let sitting = addMember(addMember(newSitting(next), next()), next());
  sitting = withMember(sitting, 2, (m) => ({ ...m, relationship: 'child' }));
  const plans = plansOf(sitting, [], 'entry');
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MemberList
        plans={plans}
        current={0}
        direction="entry"
        issues={{}}
        group={choiceOf('admitted')}
        onEdit={ignore}
        onRemove={ignore}
        onOverride={ignore}
      />
    </I18nextProvider>,
  );
};

describe('MemberList', () => {
  it('names each relationship, and one not chosen yet as still to choose', () => {
    const html = render();
    const rows = html.split('<li').slice(1);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('Persona de referencia');
    expect(rows[1]).toContain('Relación por elegir');
    expect(rows[1]).not.toContain('Sin parentesco');
    expect(rows[2]).toContain('Hijo o hija');
  });
});

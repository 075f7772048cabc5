// The members of a sitting as the list names them: the reference person, each other member's
// relationship to them, and a relationship not chosen yet said as such, never as "unrelated"; a child
// referred to protection on their own shown with that decision, and left out of the group's reason.
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { choiceOf, type DecisionChoice, type Recommendation } from './decision';
import { decisionName } from './decision-messages';
import { DecisionSection } from './decision-section';
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

  it('marks the member being edited with a status tag, as the other statuses are', () => {
    const [editing] = render().split('<li').slice(1);
    expect(editing).toContain('<span class="tag tag-editing">En edición</span>');
  });
});

describe('a child referred to protection in a group', () => {
  const ADMIT: Recommendation = {
    ok: true,
    value: { outcome: 'admit', ruleId: 'r1', legalBasis: 'Ley', description: 'Entrada', rulesetVersion: '3' },
  };
  // A child alone in the group's eyes: no document, and the policy refers; protection comes first.
  const CHILD_ALONE: Recommendation = {
    ok: true,
    value: {
      outcome: 'refer',
      ruleId: 'r2',
      legalBasis: 'Ley',
      description: 'Sin documento',
      rulesetVersion: '3',
    },
    protection: 'unaccompanied-minor',
  };
  let n = 0;
  const next = () => `id${n++}`;
  const sitting = withMember(addMember(newSitting(next), next()), 1, (m) => ({
    ...m,
    relationship: 'unrelated',
    form: { ...m.form, givenNames: 'LUISA', surname1: 'GOMEZ' },
  }));
  const group = choiceOf('refused');
  const plans = plansOf({ ...sitting, choice: group }, [ADMIT, CHILD_ALONE], 'entry');
  const html = (element: ReactElement) =>
    renderToStaticMarkup(<I18nextProvider i18n={i18n}>{element}</I18nextProvider>);

  it('shows the child’s own referral, not the group’s decision, before anything is sent', () => {
    expect(plans.map((p) => [p.choice?.decision, p.followsGroup])).toEqual([
      ['refused', true],
      ['referred-protection', false],
    ]);
    const rows = html(
      <MemberList
        plans={plans}
        current={0}
        direction="entry"
        issues={{}}
        group={group}
        onEdit={ignore}
        onRemove={ignore}
        onOverride={ignore}
      />,
    )
      .split('<li')
      .slice(1);
    expect(rows[0]).toContain(`Decisión del grupo: ${decisionName('refused', i18n.t)}`);
    expect(rows[1]).toContain(`Decisión propia: ${decisionName('referred-protection', i18n.t)}`);
    expect(rows[1]).toContain('data-decision="referred-protection"');
  });

  it('asks no reason of the group’s decision for the child it does not apply to', () => {
    const section = (choice: DecisionChoice) =>
      html(
        <DecisionSection
          plans={plansOf({ ...sitting, choice }, [ADMIT, CHILD_ALONE], 'entry')}
          current={0}
          direction="entry"
          issues={{}}
          choice={choice}
          reason=""
          onChoice={ignore}
          onReason={ignore}
        />,
      );
    // Refusing the adult, whom the policy admits, asks for a reason; the child is not named in it.
    const refused = section(group);
    // A reason or a note runs to 500 characters: each is a box of lines, not a one-line field.
    expect(refused).toMatch(/<textarea[^>]*id="group-reason"/);
    expect(refused).toMatch(/<textarea[^>]*id="group-note"/);
    expect(refused).not.toContain('LUISA');
    expect(section(choiceOf('admitted'))).not.toContain('id="group-reason"');
  });
});

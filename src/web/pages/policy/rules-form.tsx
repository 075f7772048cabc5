// The rules of a document policy draft as forms: the list of rules, each marked when the check finds a
// fault in it, one rule's form at a time, and buttons to add a rule, remove one or move it (among rules
// alike, the one listed first wins). Every change is a new list for the editor, which checks it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RuleSetProblem } from '../../../domain/documents';
import type { DecreeView } from '../../api/decrees-endpoints';
import type { Checkpoint } from '../../api/types';
import { ruleName } from './problem-place';
import { faultsOf, isEditableRule, newRule, zoneOffset } from './rule-draft';
import { RuleForm } from './rule-form';

const pickId = (index: number) => `policy-rule-pick-${index}`;

type Props = {
  readonly rules: readonly unknown[];
  readonly onChange: (rules: readonly unknown[]) => void;
  readonly problems: readonly RuleSetProblem[];
  readonly checkpoints: readonly Checkpoint[];
  /** The decree register; null while it is not loaded. */
  readonly decrees: readonly DecreeView[] | null;
  readonly now: number;
};

export function RulesForm({ rules, onChange, problems, checkpoints, decrees, now }: Props) {
  const { t } = useTranslation();
  const [selected, setSelected] = useState(0);
  // Where the focus goes after a button moved the rule it was on: the field or the list item named.
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (focus === null) return;
    document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus]);
  const at = Math.min(selected, rules.length - 1);
  const rule = rules[at];
  const nameOf = (r: unknown, i: number) => ruleName(r, i, t);
  const replace = (i: number, next: unknown) => onChange(rules.map((r, k) => (k === i ? next : r)));
  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    const next = [...rules];
    [next[i], next[j]] = [next[j], next[i]];
    onChange(next);
    setSelected(j);
    // Moved to the top or the bottom, the button pressed is turned off and cannot keep the focus: it
    // goes to the rule in the list, which says where the rule now stands.
    const end = j === 0 || j === rules.length - 1;
    setFocus(end ? pickId(j) : `policy-rule-${by < 0 ? 'up' : 'down'}`);
  };
  const add = () => {
    const first = checkpoints[0];
    const offset = first === undefined ? '+00:00' : zoneOffset(first.timeZone, now);
    onChange([...rules, newRule(rules, now, offset)]);
    setSelected(rules.length);
    setFocus(`rule-${rules.length}-id`);
  };
  const remove = (i: number) => {
    onChange(rules.filter((_, k) => k !== i));
    setSelected(Math.max(0, i - 1));
    setFocus('policy-rule-add');
  };

  return (
    <div className="rules-form" data-testid="policy-rules-form">
      <div className="rule-list">
        <ol aria-label={t('policy.form.list')}>
          {rules.map((r, i) => {
            const faulty = faultsOf(problems, i).size > 0;
            return (
              // The rules are told apart by their place: two may share an id until the check says so.
              // biome-ignore lint/suspicious/noArrayIndexKey: a rule's place is what identifies it here.
              <li key={i}>
                <button
                  type="button"
                  id={pickId(i)}
                  className="button rule-pick"
                  aria-current={i === at ? 'true' : undefined}
                  onClick={() => setSelected(i)}
                >
                  {nameOf(r, i)}
                </button>{' '}
                {faulty ? <span className="tag tag-error">{t('policy.form.faulty')}</span> : null}
              </li>
            );
          })}
        </ol>
        <button type="button" className="button" id="policy-rule-add" onClick={add}>
          {t('policy.form.add')}
        </button>
      </div>
      {rule === undefined ? (
        <p className="empty">{t('policy.form.noRules')}</p>
      ) : (
        <div className="rule-chosen-form">
          {isEditableRule(rule) ? (
            <RuleForm
              key={at}
              rule={rule}
              index={at}
              checkpoints={checkpoints}
              decrees={decrees}
              faults={faultsOf(problems, at)}
              onChange={(next) => replace(at, next)}
              now={now}
            />
          ) : (
            <p className="notice notice-error">{t('policy.form.notARule')}</p>
          )}
          <div className="actions">
            <button
              type="button"
              className="button"
              id="policy-rule-up"
              disabled={at === 0}
              onClick={() => move(at, -1)}
            >
              {t('policy.form.up')}
            </button>
            <button
              type="button"
              className="button"
              id="policy-rule-down"
              disabled={at === rules.length - 1}
              onClick={() => move(at, 1)}
            >
              {t('policy.form.down')}
            </button>
            <button type="button" className="button button-danger" onClick={() => remove(at)}>
              {t('policy.form.remove', { rule: nameOf(rule, at) })}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}

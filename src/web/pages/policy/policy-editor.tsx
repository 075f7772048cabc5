// Editing the document policy, rule by rule in a form or as JSON (both edit one text, the draft):
// checked as it changes with the domain's validateRuleSet (the server's own check), a summary of what
// changes against the version in force, and a save that makes a new version with a note — refused by
// the server if someone saved another version meanwhile.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import type { RuleSetContext, RuleSetProblem, RuleSetProblemCode } from '../../../domain/documents';
import { api } from '../../api/paso';
import type { Checkpoint, StoredPolicy } from '../../api/types';
import { FormFeedback } from '../../components/form-feedback';
import { TextField } from '../../components/text-field';
import { useApiCall } from '../../hooks/use-api-call';
import { useApiData } from '../../hooks/use-api-data';
import { useDraft } from '../../hooks/use-draft';
import { useFocusOnOpen } from '../../hooks/use-focus-on-open';
import { useNow } from '../../hooks/use-now';
import { ruleSetProblemMessage } from '../booth/messages';
import { loadDecrees } from '../decrees/decree-citation';
import { changesOf } from './policy-changes';
import { isRuleSetCode, readDraft } from './policy-draft';
import { formProblemMessage, problemPlace } from './problem-place';
import { RuleTable } from './rule-table';
import { RulesForm } from './rules-form';

type Props = {
  readonly current: StoredPolicy;
  /** An earlier version whose rules the draft starts from, to put them back; null: the one in force. */
  readonly startFrom: StoredPolicy | null;
  /** For the preview's checkpoint names. */
  readonly checkpoints: readonly Checkpoint[];
  readonly onSaved: (saved: StoredPolicy) => void;
  readonly onReload: () => void;
  readonly onCancel: () => void;
  /** Told whether the rules or the note hold changes not saved, each time that changes. */
  readonly onUnsaved: (unsaved: boolean) => void;
};

const textOfRules = (rules: readonly unknown[]) => JSON.stringify(rules, null, 2);

export function PolicyEditor({
  current,
  startFrom,
  checkpoints,
  onSaved,
  onReload,
  onCancel,
  onUnsaved,
}: Props) {
  const { t } = useTranslation();
  const original = useMemo(() => textOfRules(current.rules), [current.rules]);
  // Where the draft starts, and where "undo my changes" takes it back to: the rules in force (as last
  // loaded), or an earlier version's when the edit puts them back.
  const start = useMemo(
    () => (startFrom === null ? original : textOfRules(startFrom.rules)),
    [startFrom, original],
  );
  const [text, setText] = useState(start);
  const [mode, setMode] = useState<'form' | 'json'>('form');
  const now = useNow(60_000).getTime();
  const { busy, problem, run } = useApiCall();
  const [startNote] = useState(() =>
    startFrom === null ? '' : t('policy.versionView.note', { version: startFrom.version }),
  );
  const { values, field } = useDraft('policy', { note: startNote });
  const opened = useFocusOnOpen<HTMLButtonElement>();
  const [decreeList] = useApiData(loadDecrees);
  const decrees = decreeList.status === 'ok' ? decreeList.value : null;
  const context = useMemo(
    (): RuleSetContext => ({
      ...(decrees === null ? {} : { decrees: new Set(decrees.map((d) => d.id)) }),
      // An empty list is one not loaded yet: every checkpoint would be unknown.
      ...(checkpoints.length === 0 ? {} : { checkpoints: new Set(checkpoints.map((c) => c.id)) }),
    }),
    [decrees, checkpoints],
  );
  const draft = useMemo(() => readDraft(text, context), [text, context]);
  const changes = draft.kind === 'ok' ? changesOf(current.rules, draft.rules) : null;
  const unchanged = draft.kind === 'ok' && JSON.stringify(draft.rules) === JSON.stringify(current.rules);
  const canSave = draft.kind === 'ok' && !unchanged && values.note.trim() !== '' && !busy;
  const unsaved = text !== start || values.note.trim() !== startNote.trim();
  useEffect(() => onUnsaved(unsaved), [unsaved, onUnsaved]);

  async function save() {
    if (draft.kind !== 'ok') return;
    const result = await run(() =>
      api.savePolicy({ rules: draft.rules, note: values.note.trim(), baseVersion: current.version }),
    );
    if (result.ok) onSaved(result.value);
  }

  // The rules as typed, to name a faulty rule by its id; the version in force while the text does not read.
  // The rules as typed (null while the text is not a JSON list), for the form and to name a faulty rule.
  const list = draft.kind === 'ok' || draft.kind === 'invalid' ? draft.rules : null;
  const draftRules = list ?? [];
  // Problems from the server (policy.invalid) carry a code per path, like the check in the browser.
  const serverProblems = (problem?.errors ?? []).filter((e) => isRuleSetCode(e.code));
  const shown: readonly RuleSetProblem[] =
    draft.kind === 'invalid'
      ? draft.problems
      : serverProblems.map((e) => ({ path: e.path, code: e.code as RuleSetProblemCode }));

  return (
    <section className="panel policy-editor" id="policy-editor" aria-labelledby="policy-editor-title">
      <h2 id="policy-editor-title">{t('policy.edit.title', { version: current.version + 1 })}</h2>
      <p>{t('policy.edit.intro', { version: current.version })}</p>
      {startFrom === null ? null : (
        <p className="notice notice-info" data-testid="policy-start-from">
          {t('policy.versionView.startedFrom', {
            version: startFrom.version,
            next: current.version + 1,
          })}
        </p>
      )}
      <fieldset className="policy-mode">
        <legend className="visually-hidden">{t('policy.form.mode')}</legend>
        <button
          type="button"
          className="button"
          ref={opened}
          aria-pressed={mode === 'form'}
          onClick={() => setMode('form')}
        >
          {t('policy.form.modeForm')}
        </button>
        <button
          type="button"
          className="button"
          aria-pressed={mode === 'json'}
          onClick={() => setMode('json')}
        >
          {t('policy.form.modeJson')}
        </button>
      </fieldset>
      {mode === 'json' ? (
        <div className="field">
          <label htmlFor="policy-rules">{t('policy.edit.rules')}</label>
          <p className="hint" id="policy-rules-hint">
            {t('policy.edit.rulesHint')}
          </p>
          <textarea
            id="policy-rules"
            data-testid="policy-rules-editor"
            value={text}
            onChange={(event) => setText(event.target.value)}
            rows={18}
            spellCheck={false}
            aria-invalid={draft.kind === 'ok' ? undefined : true}
            aria-describedby="policy-rules-hint policy-check"
          />
        </div>
      ) : list === null ? (
        <p className="notice notice-error">{t('policy.form.unreadable')}</p>
      ) : (
        <RulesForm
          rules={list}
          onChange={(rules) => setText(textOfRules(rules))}
          problems={shown}
          checkpoints={checkpoints}
          decrees={decrees}
          now={now}
        />
      )}
      <div id="policy-check" role="status" aria-live="polite" data-testid="policy-check">
        {draft.kind === 'syntax' ? (
          <p className="notice notice-error">{t('policy.edit.syntax', { message: draft.message })}</p>
        ) : draft.kind === 'not-a-list' ? (
          <p className="notice notice-error">{t('policy.edit.notAList')}</p>
        ) : shown.length > 0 ? (
          <div className="notice notice-error">
            <p>{t('policy.edit.problems', { count: shown.length })}</p>
            <ul className="policy-problems">
              {shown.map((p) => (
                <li key={`${p.path}:${p.code}`} data-path={p.path} data-code={p.code}>
                  {problemPlace(p.path, draftRules, t)}:{' '}
                  {mode === 'form' ? formProblemMessage(p.code, t) : ruleSetProblemMessage(p.code, t)}
                </li>
              ))}
            </ul>
          </div>
        ) : changes !== null ? (
          <p className={unchanged ? 'notice' : 'notice notice-ok'}>
            {unchanged
              ? t('policy.edit.unchanged')
              : t('policy.edit.changes', {
                  added: changes.added.join(', ') || '—',
                  removed: changes.removed.join(', ') || '—',
                  changed: changes.changed.join(', ') || '—',
                })}
            {!unchanged && changes.reordered ? ` ${t('policy.edit.reordered')}` : null}
          </p>
        ) : null}
      </div>
      {draft.kind === 'ok' && !unchanged ? (
        <>
          <h3>{t('policy.edit.preview', { version: current.version + 1 })}</h3>
          <RuleTable
            rules={draft.parsed}
            checkpoints={checkpoints}
            testId="policy-preview"
            caption={t('policy.edit.preview', { version: current.version + 1 })}
          />
        </>
      ) : null}
      <TextField
        {...field('note')}
        label={t('policy.edit.note')}
        hint={t('policy.edit.noteHint')}
        autoComplete="off"
        required
        maxLength={TEXT_LIMITS.note}
      />
      <FormFeedback problem={problem} />
      {problem?.code === 'policy.stale' ? (
        <p>
          <button type="button" className="button" onClick={onReload}>
            {t('policy.edit.reload')}
          </button>
        </p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={!canSave}
          onClick={() => void save()}
        >
          {t('policy.edit.save', { version: current.version + 1 })}
        </button>
        <button type="button" className="button" onClick={() => setText(start)} disabled={text === start}>
          {t('policy.edit.revert')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  );
}

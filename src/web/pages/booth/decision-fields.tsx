// Choosing a decision: admitted, admitted in transit (with where the person leaves the country),
// referred for protection, refused (a ground from the fixed list and a note) or held for a supervisor.
// With none chosen yet (nothing recommends one), no option is marked: the officer chooses. A refusal's
// ground starts unchosen, whatever recommended the refusal: the officer picks it from the list.
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { DECISIONS, REFUSAL_GROUNDS } from '../../../api/events';
import type { Decision } from '../../../domain/crossings';
import { OptionalChoiceField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { bindFields } from '../../hooks/use-draft';
import { choiceOf, type DecisionChoice } from './decision';
import { decisionName, refusalGroundName } from './decision-messages';

type Props = {
  /** Keeps ids unique when a member's own decision is shown beside the group's. */
  readonly idPrefix: string;
  readonly legend: string;
  /** Null: no decision chosen yet. */
  readonly choice: DecisionChoice | null;
  readonly onChange: (choice: DecisionChoice) => void;
  readonly errors: Readonly<Record<string, string>>;
  /** A refusal's note field; a correction has its own reason instead, which it sends as the note. */
  readonly hasNote?: boolean;
};

export function DecisionFields({ idPrefix, legend, choice, onChange, errors, hasNote = true }: Props) {
  const { t } = useTranslation();
  const pick = (d: Decision) =>
    onChange({
      ...(choice ?? choiceOf(d)),
      decision: d,
      // Only a ground the officer chose: none is filled in for them.
      refusalGround: d === 'refused' ? (choice?.refusalGround ?? '') : '',
    });
  const errorId = `${idPrefix}-decision-error`;
  return (
    <fieldset className="fieldset decision-fields" data-testid={`${idPrefix}-decision`}>
      <legend>{legend}</legend>
      {errors.decision === undefined ? null : (
        <p className="field-error" id={errorId}>
          {errors.decision}
        </p>
      )}
      <div className="decision-options">
        {DECISIONS.map((d) => (
          <label className="check decision-option" key={d}>
            <input
              type="radio"
              name={`${idPrefix}-decision`}
              value={d}
              checked={choice?.decision === d}
              aria-invalid={errors.decision === undefined ? undefined : true}
              aria-describedby={errors.decision === undefined ? undefined : errorId}
              onChange={() => pick(d)}
            />
            {decisionName(d, t)}
          </label>
        ))}
      </div>
      {choice === null ? null : (
        <ChosenFields
          idPrefix={idPrefix}
          choice={choice}
          onChange={onChange}
          errors={errors}
          hasNote={hasNote}
        />
      )}
    </fieldset>
  );
}

/** What the decision chosen needs: a refusal's ground and note, a transit's exit point. */
function ChosenFields({
  idPrefix,
  choice,
  onChange,
  errors,
  hasNote,
}: Omit<Props, 'legend' | 'choice'> & { readonly choice: DecisionChoice; readonly hasNote: boolean }) {
  const { t } = useTranslation();
  const set = (change: Partial<DecisionChoice>) => onChange({ ...choice, ...change });
  const field = bindFields(idPrefix, choice, (key, value) => set({ [key]: value }), errors);
  return (
    <>
      {choice.decision === 'refused' ? (
        <div className="form-grid">
          <OptionalChoiceField
            id={`${idPrefix}-ground`}
            label={t('booth.decide.ground')}
            hint={t('booth.decide.groundHint')}
            value={choice.refusalGround}
            error={errors.refusalGround}
            choices={REFUSAL_GROUNDS}
            nameOf={(g) => refusalGroundName(g, t)}
            noneLabel={t('booth.decide.groundNone')}
            onChange={(refusalGround) => set({ refusalGround })}
          />
          {hasNote ? (
            <TextAreaField
              {...field('note')}
              label={t('booth.decide.note')}
              rows={2}
              maxLength={TEXT_LIMITS.note}
            />
          ) : null}
        </div>
      ) : null}
      {choice.decision === 'referred-protection' ? (
        <p className="hint" data-testid={`${idPrefix}-referral-hint`}>
          {t('booth.decide.referralHint')}
        </p>
      ) : null}
      {choice.decision === 'admitted-transit' ? (
        <TextField
          {...field('exitPoint')}
          label={t('booth.decide.exitPoint')}
          hint={t('booth.decide.exitPointHint')}
          autoComplete="off"
          maxLength={TEXT_LIMITS.exitPoint}
        />
      ) : null}
    </>
  );
}

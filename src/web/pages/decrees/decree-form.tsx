// The form a supervisor or administrator records a decree with: a new declaration, an extension of a
// decree (carrying its zones, rights, measures and units on, starting the day after it ends) or an
// amendment (with its reason). The rights offered and the term's notices follow the constitution of the
// decree's country; the register's refusals are shown beside the field they concern.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { newId } from '../../../api/ids';
import { AREA_KINDS, DECREE_LIMITS, defaultTimeZone, FORCES, termNotices } from '../../../domain/decrees';
import { type DecreeDetail, type DecreeView, decreesApi } from '../../api/decrees-endpoints';
import type { Checkpoint } from '../../api/types';
import { DateField } from '../../components/date-field';
import { FieldsFeedback } from '../../components/form-feedback';
import { PanelForm } from '../../components/panel-form';
import { ChoiceField } from '../../components/select-field';
import { SubmitRow } from '../../components/submit-row';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { useZoneName } from '../../format/time-zone-names';
import { useApiCall } from '../../hooks/use-api-call';
import { useDraft, withErrors } from '../../hooks/use-draft';
import { useLocale } from '../../hooks/use-locale';
import { useRequiredFields } from '../../hooks/use-required-fields';
import { CheckpointsField } from './checkpoints-field';
import { TERM_NOTICE_IDS, termNoticeAdvice } from './constitution-words';
import {
  contentOf,
  type DecreeDraft,
  draftFrom,
  emptyDraft,
  fieldProblems,
  lateExtension,
  legalBasisFor,
  refusalText,
} from './decree-draft';
import { listFaults } from './decree-lines';
import { areaKindName, forceName, formatDay } from './decree-words';
import { RightsField } from './rights-field';
import { TimeZoneField } from './time-zone-field';
import { UnitsField } from './units-field';

/** What the form records; `extension` is the decree's place in its chain (placeInChain). */
export type FormMode =
  | { readonly kind: 'new' }
  | { readonly kind: 'extend'; readonly base: DecreeView; readonly extension: number }
  | { readonly kind: 'amend'; readonly decree: DecreeView; readonly extension: number };

type Props = {
  readonly mode: FormMode;
  readonly checkpoints: readonly Checkpoint[];
  readonly onSaved: (saved: DecreeDetail) => void;
  readonly onCancel: () => void;
};

type DayOfDecree = {
  readonly key: 'issuedOn' | 'publishedOn' | 'startsOn' | 'endsOn';
  readonly label: string;
  readonly hint?: string;
  readonly required: boolean;
};

const initial = (mode: FormMode): DecreeDraft =>
  mode.kind === 'new'
    ? emptyDraft()
    : mode.kind === 'extend'
      ? draftFrom(mode.base, 'extend')
      : draftFrom(mode.decree, 'amend');

export function DecreeForm({ mode, checkpoints, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const zoneName = useZoneName();
  const { busy, problem, run, clear } = useApiCall();
  const [id] = useState(() => newId());
  const refused = fieldProblems(problem, t);
  // Each field shows the register's refusal of it, or that it is required and still blank.
  const { values: draft, field: bound, change } = useDraft('decree', () => initial(mode), refused, clear);
  // Until a zone is chosen, a new decree's days are counted where it applies: a decree for Chacalluta
  // in Santiago's time (UTC−3 in summer), not Lima's. An extension or amendment starts from its decree's.
  const timeZone =
    draft.timeZone !== ''
      ? draft.timeZone
      : defaultTimeZone(checkpoints.filter((c) => draft.checkpoints.includes(c.code)).map((c) => c.timeZone));
  // A new decree's legal basis cites the constitution of its zone's country until another is typed.
  const legalBasis = mode.kind === 'new' ? legalBasisFor(draft.legalBasis, timeZone) : draft.legalBasis;
  const required = useRequiredFields({
    number: draft.number,
    title: draft.title,
    issuedOn: draft.issuedOn,
    startsOn: draft.startsOn,
    endsOn: draft.endsOn,
    legalBasis,
    ...(mode.kind === 'amend' ? { reason: draft.reason } : {}),
  });
  // An extension issued after the day its decree could still be extended: said as soon as its day
  // reads (before, the server refused its first day, which the supervisor had not typed).
  const late = mode.kind === 'extend' ? lateExtension(mode.base, draft.issuedOn) : null;
  // What the register would refuse and the form can tell (a list line too long, an extension issued
  // too late), marked at its field once a send was tried, until mended; nothing is sent meanwhile.
  const ownFaults = (): Readonly<Record<string, string>> => ({
    ...listFaults(draft, t),
    ...(late === null || mode.kind !== 'extend'
      ? {}
      : {
          issuedOn: t('decrees.problem.issuedAfterEnd', {
            number: mode.base.number,
            latest: formatDay(late, locale),
          }),
        }),
  });
  const [tried, setTried] = useState(false);
  const own = tried ? ownFaults() : {};
  const field = withErrors(bound, { ...required.errors, ...own });
  const errors = { ...refused, ...required.errors, ...own };
  const refusal = refusalText(problem, t) ?? (Object.keys(own).length > 0 ? t('problem.validation') : null);
  const dates: readonly DayOfDecree[] = [
    { key: 'issuedOn', label: t('decrees.field.issuedOn'), required: true },
    { key: 'publishedOn', label: t('decrees.field.publishedOn'), required: false },
    { key: 'startsOn', label: t('decrees.field.startsOn'), required: true },
    {
      key: 'endsOn',
      label: t('decrees.field.endsOn'),
      hint: t('decrees.form.endsHint', { zone: zoneName(timeZone) }),
      required: true,
    },
  ];
  // A term past its country's longest is most often a year or month mistyped, and a Chilean extension
  // past the President's one needs Congress: said as soon as it shows, and recorded as typed if the
  // supervisor keeps it (a published decree is a fact).
  const extension = mode.kind === 'new' ? 0 : mode.extension;
  const notices = termNotices({ startsOn: draft.startsOn, endsOn: draft.endsOn, timeZone }, extension);
  const title =
    mode.kind === 'new'
      ? t('decrees.form.newTitle')
      : mode.kind === 'extend'
        ? t('decrees.form.extendTitle', { number: mode.base.number })
        : t('decrees.form.amendTitle', { number: mode.decree.number });

  async function save() {
    setTried(true);
    const complete = required.isComplete();
    if (!complete || Object.keys(ownFaults()).length > 0) return;
    const content = contentOf({ ...draft, legalBasis }, timeZone);
    const result = await run(() =>
      mode.kind === 'new'
        ? decreesApi.recordDecree({ id, ...content })
        : mode.kind === 'extend'
          ? decreesApi.extendDecree(mode.base.id, { id, ...content })
          : decreesApi.amendDecree(mode.decree.id, {
              baseVersion: mode.decree.version,
              reason: draft.reason.trim(),
              content,
            }),
    );
    if (result.ok) onSaved(result.value);
  }

  return (
    <PanelForm name="decree-form" title={title} onSubmit={save}>
      <div className="form-grid decree-form-heading">
        <TextField
          {...field('number')}
          label={t('decrees.field.number')}
          hint={t('decrees.form.numberHint')}
          required
          maxLength={DECREE_LIMITS.number}
        />
        <TextField
          {...field('title')}
          label={t('decrees.field.title')}
          required
          maxLength={DECREE_LIMITS.title}
        />
      </div>
      {/* The four days on one line where there is room, not five boxes and one left over below. */}
      <div className="form-grid decree-form-heading decree-form-days">
        {dates.map((d) => (
          <DateField key={d.key} {...field(d.key)} label={d.label} hint={d.hint} required={d.required} />
        ))}
      </div>
      <div aria-live="polite">
        {late === null || mode.kind !== 'extend' ? null : (
          <p className="notice notice-error" data-testid="decree-late-extension">
            {t('decrees.form.extensionLate', {
              number: mode.base.number,
              end: formatDay(mode.base.endsOn, locale),
              latest: formatDay(late, locale),
            })}
          </p>
        )}
        {notices.map((n) => (
          <p key={n.code} className="notice notice-warning" data-testid={TERM_NOTICE_IDS[n.code]}>
            {termNoticeAdvice(n, t)}
          </p>
        ))}
      </div>
      <TextField
        {...field('legalBasis')}
        value={legalBasis}
        label={t('decrees.field.legalBasis')}
        required
        maxLength={DECREE_LIMITS.legalBasis}
      />
      <CheckpointsField
        checkpoints={checkpoints}
        carried={
          mode.kind === 'new' ? [] : mode.kind === 'extend' ? mode.base.checkpoints : mode.decree.checkpoints
        }
        chosen={draft.checkpoints}
        error={errors.checkpoints}
        onChange={(checkpoints) => change({ checkpoints })}
      />
      <TimeZoneField {...field('timeZone')} value={timeZone} checkpoints={checkpoints} />
      <div className="form-grid">
        <ChoiceField
          {...field('areaKind')}
          label={t('decrees.form.areaKind')}
          choices={AREA_KINDS}
          nameOf={(k) => areaKindName(k, t)}
        />
        <TextAreaField
          {...field('areas')}
          label={t('decrees.field.areas')}
          hint={t('decrees.form.oneALine')}
          rows={3}
        />
      </div>
      <RightsField
        timeZone={timeZone}
        chosen={draft.rights}
        onChange={(rights) => change({ rights })}
        error={errors.rightsSuspended}
      />
      <TextAreaField
        {...field('measures')}
        label={t('decrees.field.measures')}
        hint={t('decrees.form.oneALine')}
        rows={4}
      />
      <UnitsField
        units={draft.units}
        onChange={(units) => change({ units })}
        forces={FORCES.map((f) => ({ value: f, label: forceName(f, t) }))}
        error={errors.units}
      />
      {mode.kind === 'amend' ? (
        <TextField
          {...field('reason')}
          label={t('decrees.form.reason')}
          hint={t('decrees.form.reasonHint')}
          required
          maxLength={TEXT_LIMITS.note}
        />
      ) : null}
      <FieldsFeedback name="decree" isMissing={required.isMissing} refusal={refusal} problem={problem} />
      <SubmitRow
        label={mode.kind === 'amend' ? t('decrees.form.saveAmendment') : t('decrees.form.save')}
        disabled={busy}
        onCancel={onCancel}
      />
    </PanelForm>
  );
}

// The form that changes a convoy's plan before it leaves: its planned departure and arrival, each on
// the clock of its stop, and its vehicles. A vehicle whose plate is changed is replaced by the new one,
// which takes its passengers (a bus that broke down). What the server would refuse — an arrival not
// after the departure, a vehicle taken away with people on it, fewer seats than passengers — is said
// before sending; what it refuses anyway (the convoy left meanwhile) is said in the same words.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ConvoyDetail, transitApi } from '../../api/transit-endpoints';
import { FieldsFeedback } from '../../components/form-feedback';
import { PanelForm } from '../../components/panel-form';
import { SubmitRow } from '../../components/submit-row';
import { useApiCall } from '../../hooks/use-api-call';
import { useDraft, withErrors } from '../../hooks/use-draft';
import { useRequiredFields } from '../../hooks/use-required-fields';
import { convoyEnds, convoyFieldErrors, convoyTimeFaults } from './convoy-draft';
import { ConvoyTimeField } from './convoy-time-field';
import { planChangeOf, planDraftOf, planProblemText, planRefusal, planRefusalText } from './plan-draft';
import { rowFields } from './refused-fields';
import { VehiclesField } from './vehicles-field';

type Props = {
  readonly detail: ConvoyDetail;
  /** Saved: how many passes the new times revoked. */
  readonly onSaved: (passesRevoked: number) => void;
  readonly onCancel: () => void;
};

export function PlanForm({ detail, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const call = useApiCall();
  // What the form found before sending: a rule of the plan broken, or nothing changed.
  const [before, setBefore] = useState<string | null>(null);
  const refused = convoyFieldErrors(call.problem, t);
  const forget = () => {
    call.clear();
    setBefore(null);
  };
  const {
    values: draft,
    field: bound,
    change,
  } = useDraft('convoy-plan', () => planDraftOf(detail), refused, forget);
  const ends = convoyEnds(detail.corridor);
  const timeFaults = convoyTimeFaults(draft, ends, t);
  const required = useRequiredFields({
    departure: draft.departure,
    arrival: draft.arrival,
    ...rowFields(draft.vehicles, ['plate', 'seats']),
  });
  const field = withErrors(bound, required.errors);
  const errors = { ...refused, ...required.errors };

  const save = async () => {
    if (!required.isComplete() || Object.keys(timeFaults).length > 0 || ends === null) return;
    const planned = planChangeOf(draft, detail, ends);
    if (planned === null) {
      setBefore(t('transit.plan.unchanged'));
      return;
    }
    const broken = planRefusal(planned, detail);
    if (broken !== null) {
      setBefore(planRefusalText(broken, t));
      return;
    }
    const result = await call.run(() => transitApi.changePlan(detail.convoy.id, planned));
    if (result.ok) onSaved(result.value.passesRevoked);
  };

  const refusal =
    before ??
    planProblemText(call.problem, t) ??
    (Object.keys(refused).length > 0 ? t('transit.plan.refused') : null);
  return (
    <PanelForm name="plan-form" title={t('transit.plan.title')} onSubmit={save}>
      <p className="hint">{t('transit.plan.passesRule')}</p>
      <div className="form-grid">
        {(['departure', 'arrival'] as const).map((end) => {
          const sent = end === 'departure' ? refused.plannedDeparture : refused.plannedArrival;
          const repeat = field(`${end}Repeat`);
          return (
            <ConvoyTimeField
              key={end}
              end={end}
              stop={ends?.[end] ?? null}
              time={{ ...field(end), error: required.errors[end] ?? timeFaults[end] ?? sent }}
              repeat={{ ...repeat, error: timeFaults[`${end}Repeat`] ?? repeat.error }}
            />
          );
        })}
      </div>
      <VehiclesField
        vehicles={draft.vehicles}
        errors={errors}
        hint={t('transit.plan.vehiclesHint')}
        riders={(plate) => detail.manifest.filter((p) => p.plate === plate).length}
        onChange={(vehicles) => {
          forget();
          change({ vehicles });
        }}
      />
      <FieldsFeedback name="plan" isMissing={required.isMissing} refusal={refusal} problem={call.problem} />
      <SubmitRow label={t('transit.plan.save')} disabled={call.busy} onCancel={onCancel} />
    </PanelForm>
  );
}

// Cancels a convoy that has not left (planned, or boarding): a reason, and the officer's word that they
// know what follows. Every passenger's pass is revoked with it, and checkpoints learn of it at their
// next sync; a cancellation is final (docs/transit.md).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ConvoyDetail, transitApi } from '../../api/transit-endpoints';
import { PanelForm } from '../../components/panel-form';
import { SubmitRow } from '../../components/submit-row';
import { useApiCall } from '../../hooks/use-api-call';
import { TransitProblem } from './transit-problem';

type Props = { readonly detail: ConvoyDetail; readonly onCancelled: (focus?: string) => void };

export function CancelConvoy({ detail, onCancelled }: Props) {
  const { t } = useTranslation();
  const call = useApiCall();
  const [reason, setReason] = useState('');
  const [understood, setUnderstood] = useState(false);
  const cancel = async () => {
    const result = await call.run(() =>
      transitApi.log(detail.convoy.id, { kind: 'cancelled', reason: reason.trim() }),
    );
    // Refused as out of step with the log (it left meanwhile): show the convoy as it is now.
    if (!result.ok && result.error.status !== 409) return;
    // This form goes with the cancellation: the focus goes to the notice that says it was cancelled.
    onCancelled(result.ok ? 'convoy-cancelled' : undefined);
  };
  return (
    <PanelForm standing name="cancel-convoy" title={t('transit.cancel.title')} onSubmit={cancel}>
      <p>{t('transit.cancel.lead', { count: detail.manifest.length })}</p>
      <div className="field">
        <label htmlFor="cancel-convoy-reason">{t('transit.cancel.reason')}</label>
        <input
          id="cancel-convoy-reason"
          value={reason}
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
        />
      </div>
      <label className="check">
        <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} />{' '}
        {t('transit.cancel.understood')}
      </label>
      <SubmitRow
        tone="danger"
        // One piece of text for the button's layout; the code is never split at its hyphen.
        label={
          <span>
            {t('transit.cancel.button')} <span className="nowrap">{detail.convoy.code}</span>
          </span>
        }
        disabled={call.busy || reason.trim() === '' || !understood}
      />
      <TransitProblem problem={call.problem} />
    </PanelForm>
  );
}

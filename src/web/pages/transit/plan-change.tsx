// Where a convoy's plan is changed before it leaves: the button that opens the form, and what the last
// change did — saved, and the passes its new times revoked, which must be issued again (by whoever
// issues passes: on this page for supervisors, else a supervisor).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConvoyDetail } from '../../api/transit-endpoints';
import { useDisclosure } from '../../hooks/use-disclosure';
import { PlanForm } from './plan-form';

type Props = {
  readonly detail: ConvoyDetail;
  /** Whether the reader issues passes here (Pases de tránsito), or a supervisor must. */
  readonly mayIssuePasses: boolean;
  readonly onChanged: () => void;
};

export function PlanChange({ detail, mayIssuePasses, onChanged }: Props) {
  const { t } = useTranslation();
  const editing = useDisclosure();
  const [revoked, setRevoked] = useState<number | null>(null);
  return (
    <>
      {editing.isOpen ? (
        <PlanForm
          detail={detail}
          onCancel={editing.close}
          onSaved={(passesRevoked) => {
            setRevoked(passesRevoked);
            editing.close();
            onChanged();
          }}
        />
      ) : (
        <p className="actions">
          <button
            ref={editing.opener}
            type="button"
            className="button"
            onClick={() => {
              setRevoked(null);
              editing.open();
            }}
          >
            {t('transit.plan.open')}
          </button>
        </p>
      )}
      <div role="status" aria-live="polite" aria-atomic="true">
        {revoked === null ? null : (
          <p className={`notice ${revoked > 0 ? 'notice-warning' : 'notice-ok'}`} data-testid="plan-changed">
            {t('transit.plan.saved')}{' '}
            {revoked === 0
              ? null
              : mayIssuePasses
                ? t('transit.plan.passesRevoked', { count: revoked })
                : t('transit.plan.passesRevokedAskSupervisor', { count: revoked })}
          </p>
        )}
      </div>
    </>
  );
}

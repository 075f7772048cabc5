// Whether the audit log's hash chain is intact, as checked by the server on request.
import { useTranslation } from 'react-i18next';
import type { AuditVerify } from '../api/types';
import { formatNumber } from '../format/format';
import type { Loadable } from '../hooks/use-api-data';
import { useLocale } from '../hooks/use-locale';
import { LoadableView } from './loadable-view';

/** How a page loads the check: each check says its own count, the one before is not left on screen meanwhile. */
export const CHAIN_CHECK = { freshOnReload: true } as const;

type Props = { readonly state: Loadable<AuditVerify>; readonly onVerify: () => void };

export function ChainStatus({ state, onVerify }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <div className="chain-status" data-testid="chain-status">
      <div aria-live="polite">
        <LoadableView state={state} onRetry={onVerify}>
          {(verify) =>
            verify.ok ? (
              <p className="notice notice-ok" data-chain="ok">
                <strong>{t('audit.chain.ok')}</strong>{' '}
                {t('audit.chain.checked', {
                  count: verify.checked,
                  formatted: formatNumber(verify.checked, locale),
                })}
              </p>
            ) : (
              <p className="notice notice-error" data-chain="broken">
                <strong>{t('audit.chain.broken')}</strong>{' '}
                {verify.reason === 'keyed-start-unproven'
                  ? t('audit.chain.startUnproven')
                  : verify.firstBrokenSeq === null
                    ? t('audit.chain.brokenUnknown')
                    : t('audit.chain.brokenAt', { seq: verify.firstBrokenSeq })}
              </p>
            )
          }
        </LoadableView>
      </div>
      <button
        type="button"
        className="button button-secondary"
        onClick={onVerify}
        disabled={state.status === 'loading'}
      >
        {t('audit.chain.verifyAgain')}
      </button>
    </div>
  );
}

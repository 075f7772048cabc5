// A convoy's travel passes, for supervisors (passes.issue): one action issues a signed pass to each
// passenger who may still travel, valid from the planned departure to the planned arrival plus 24
// hours; the passes are listed, and printed all together or one by one, in Spanish or English.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { passesApi } from '../../api/passes-endpoints';
import { type ConvoyDetail, transitApi } from '../../api/transit-endpoints';
import { DataTable } from '../../components/data-table';
import { LoadedSection } from '../../components/loaded-section';
import { PrintLink } from '../../components/print-link';
import { ProblemMessage } from '../../components/problem-message';
import { useApiCall } from '../../hooks/use-api-call';
import { useApiData } from '../../hooks/use-api-data';
import { documentWords } from '../passes/document-words';
import { When } from './transit-parts';

type Props = { readonly detail: ConvoyDetail };

export function ConvoyPasses({ detail }: Props) {
  const { t } = useTranslation();
  const id = detail.convoy.id;
  const load = useCallback((signal: AbortSignal) => transitApi.passes(id, { signal }), [id]);
  const [listed, reload] = useApiData(load);
  const call = useApiCall();
  // Who a pass is for, as the server counts them: on the manifest, not a no-show, not gone.
  const travelling = detail.manifest.filter((p) => p.state === 'listed' || p.state === 'boarded').length;
  const issue = async () => {
    const result = await call.run(() => transitApi.issuePasses(id));
    if (result.ok) reload();
  };
  return (
    <LoadedSection
      id="convoy-passes-title"
      className="panel"
      testId="convoy-passes"
      title={t('transit.passes.title')}
      lead={<p>{t('transit.passes.rule')}</p>}
      state={listed}
      onRetry={reload}
    >
      {({ passes }) => (
        <>
          <p data-testid="passes-count">
            {t('transit.passes.count', { count: travelling, issued: passes.length })}
          </p>
          {passes.length < travelling ? (
            <p className="actions">
              <button
                type="button"
                className="button button-primary"
                disabled={call.busy}
                onClick={() => void issue()}
              >
                {passes.length === 0
                  ? t('transit.passes.issue', { count: travelling })
                  : t('transit.passes.issueMissing', { count: travelling - passes.length })}
              </button>
            </p>
          ) : null}
          {call.problem ? <ProblemMessage problem={call.problem} /> : null}
          {passes.length === 0 ? null : (
            <>
              <p className="actions">
                <PrintLink className="button" href={transitApi.passesPdfUrl(id, 'es')}>
                  {t('transit.passes.printAllEs')}
                </PrintLink>
                <PrintLink className="button button-secondary" href={transitApi.passesPdfUrl(id, 'en')}>
                  {t('transit.passes.printAllEn')}
                </PrintLink>
              </p>
              <DataTable
                testId="pass-table"
                columns={[
                  { label: t('passes.fact.name') },
                  { label: t('passes.fact.document') },
                  { label: t('passes.fact.validUntil') },
                  { label: t('transit.statusLabel') },
                  { label: t('transit.passes.print') },
                ]}
              >
                {passes.map((p) => (
                  <tr key={p.id} data-testid="convoy-pass">
                    <td>{p.name}</td>
                    <td>{p.document ? documentWords(p.document, t) : '—'}</td>
                    <td>
                      <When at={p.validUntil} timeZone={detail.convoy.arrivalTimeZone} showZone />
                    </td>
                    <td>
                      {p.revoked ? (
                        <span className="tag state-left">{t('transit.passes.revoked')}</span>
                      ) : (
                        <span className="tag state-boarded">{t('transit.passes.issued')}</span>
                      )}
                    </td>
                    <td>
                      <PrintLink
                        href={passesApi.pdfUrl(p.id, 'es')}
                        ariaLabel={t('transit.passes.printOneEs', { name: p.name })}
                      >
                        {t('transit.passes.es')}
                      </PrintLink>{' '}
                      ·{' '}
                      <PrintLink
                        href={passesApi.pdfUrl(p.id, 'en')}
                        ariaLabel={t('transit.passes.printOneEn', { name: p.name })}
                      >
                        {t('transit.passes.en')}
                      </PrintLink>
                    </td>
                  </tr>
                ))}
              </DataTable>
            </>
          )}
        </>
      )}
    </LoadedSection>
  );
}

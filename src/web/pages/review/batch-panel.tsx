// The whole-population duplicate search: started here, run by the server as a job off the request
// path; the panel follows it, showing its phase and progress, then the run's figures.
import { useTranslation } from 'react-i18next';
import { api } from '../../api/paso';
import type { BatchResult, Job, JobProgress } from '../../api/types';
import { Figures } from '../../components/figures';
import { FormFeedback } from '../../components/form-feedback';
import { formatNumber } from '../../format/format';
import { isUnderWay, useJob } from '../../hooks/use-job';
import { useLocale } from '../../hooks/use-locale';

export function BatchPanel({ onDone }: { readonly onDone: () => void }) {
  const { t } = useTranslation();
  const { busy, job, problem, follow } = useJob();

  async function runBatch() {
    const ended = await follow(() => api.startDuplicateBatch());
    if (ended?.status === 'succeeded') onDone();
  }

  const result = job?.kind === 'duplicates.batch' && job.status === 'succeeded' ? job.result : null;
  return (
    <section className="panel review-batch" aria-labelledby="batch-title">
      <h2 id="batch-title">{t('review.duplicates.batch.title')}</h2>
      <p className="hint">{t('review.duplicates.batch.hint')}</p>
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void runBatch()}
        >
          {busy ? t('review.duplicates.batch.running') : t('review.duplicates.batch.run')}
        </button>
      </div>
      {job && isUnderWay(job) ? <BatchProgress job={job} /> : null}
      <FormFeedback problem={problem} />
      <div role="status" aria-live="polite" data-testid="batch-result">
        {result ? <BatchFigures result={result} /> : null}
      </div>
    </section>
  );
}

function BatchProgress({ job }: { readonly job: Job }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const progress = job.progress;
  const share = progress && progress.total > 0 ? Math.min(1, progress.done / progress.total) : null;
  const percent = share === null ? null : formatNumber(Math.floor(share * 100), locale);
  const label = progress ? phaseLabel(progress, t) : t('review.duplicates.batch.starting');
  return (
    <div className="batch-progress" data-testid="batch-progress" data-phase={progress?.phase ?? job.status}>
      <p>
        {label}
        {percent === null ? null : ` · ${t('review.duplicates.batch.percent', { value: percent })}`}
      </p>
      <progress
        aria-label={t('review.duplicates.batch.progressLabel')}
        {...(share === null ? {} : { max: 1, value: share })}
      />
    </div>
  );
}

function phaseLabel(progress: JobProgress, t: (key: string) => string): string {
  switch (progress.phase) {
    case 'reading':
      return t('review.duplicates.batch.phase.reading');
    case 'features':
      return t('review.duplicates.batch.phase.features');
    case 'blocking':
      return t('review.duplicates.batch.phase.blocking');
    case 'scoring':
      return t('review.duplicates.batch.phase.scoring');
    case 'clustering':
      return t('review.duplicates.batch.phase.clustering');
    case 'explaining':
      return t('review.duplicates.batch.phase.explaining');
    case 'saving':
      return t('review.duplicates.batch.phase.saving');
    case 'indexing':
      return t('review.duplicates.batch.phase.indexing');
    default: {
      const unknown: never = progress.phase;
      return unknown;
    }
  }
}

function BatchFigures({ result }: { readonly result: BatchResult }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const n = (value: number) => formatNumber(value, locale);
  return (
    <Figures
      label={t('review.duplicates.batch.title')}
      items={[
        { id: 'batch-records', label: t('review.duplicates.batch.records'), value: n(result.records) },
        { id: 'batch-clusters', label: t('review.duplicates.batch.clusters'), value: n(result.clusters) },
        { id: 'batch-links', label: t('review.duplicates.batch.newLinks'), value: n(result.newLinks) },
        {
          id: 'batch-seconds',
          label: t('review.duplicates.batch.seconds'),
          value: t('review.duplicates.batch.secondsValue', {
            value: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(result.seconds),
          }),
        },
      ]}
    />
  );
}

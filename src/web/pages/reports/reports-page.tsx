// Reports for partners, analysts and the ministry: the daily situation report (PDF, Spanish or
// English) and the export of who crossed (CSV or HXL). Each is a plain download from the API, which
// withholds small figures and records the download in the audit log.
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildUrl } from '../../api/client';
import { Options } from '../../components/options';
import { PeriodFields } from '../../components/period-fields';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useCheckpointList } from '../../hooks/use-checkpoints';
import './reports.css';
import { PageFrame } from '../../components/page-frame';

const localDate = (daysAgo: number): string => {
  const d = new Date();
  d.setDate(d.getDate() - daysAgo);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
};

function CheckpointSelect(props: { id: string; value: string; onChange: (v: string) => void }) {
  const { t } = useTranslation();
  const list = useCheckpointList();
  return (
    <SelectField id={props.id} label={t('reports.checkpoint')} value={props.value} onChange={props.onChange}>
      <option value="">{t('reports.allCheckpoints')}</option>
      <Options items={list} value={(c) => c.code} label={(c) => `${c.name} (${c.code})`} />
    </SelectField>
  );
}

/** One report: what it is, the fields that choose it, and its download once they are complete. */
function ReportCard(props: {
  name: string;
  title: string;
  lead: string;
  /** Why it cannot be downloaded yet; undefined when it can. */
  missing: string | undefined;
  href: string;
  download: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${props.name}-heading`} className="report-card">
      <h2 id={`${props.name}-heading`}>{props.title}</h2>
      <p>{props.lead}</p>
      <div className="report-fields">{props.children}</div>
      {props.missing !== undefined ? (
        <p className="report-missing">{props.missing}</p>
      ) : (
        <a
          className="button button-primary"
          data-testid={`download-${props.name}`}
          href={props.href}
          download
        >
          {props.download}
        </a>
      )}
    </section>
  );
}

export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const [date, setDate] = useState(localDate(1));
  const [lang, setLang] = useState(i18n.language.startsWith('en') ? 'en' : 'es');
  const [sitrepCheckpoint, setSitrepCheckpoint] = useState('');
  const [from, setFrom] = useState(localDate(7));
  const [to, setTo] = useState(localDate(1));
  const [format, setFormat] = useState('csv');
  const [exportCheckpoint, setExportCheckpoint] = useState('');
  const rangeError = from !== '' && to !== '' && from > to ? t('reports.rangeBackwards') : undefined;

  return (
    <PageFrame testId="reports-page" className="reports" title={t('reports.title')} lead={t('reports.lead')}>
      <ReportCard
        name="sitrep"
        title={t('reports.sitrep.title')}
        lead={t('reports.sitrep.lead')}
        missing={date === '' ? t('reports.dateRequired') : undefined}
        href={buildUrl('/api/reports/sitrep', { date, lang, checkpoint: sitrepCheckpoint })}
        download={t('reports.sitrep.download')}
      >
        <TextField
          id="sitrep-date"
          type="date"
          label={t('reports.date')}
          value={date}
          onChange={setDate}
          required
        />
        <SelectField id="sitrep-lang" label={t('reports.language')} value={lang} onChange={setLang}>
          <option value="es">{t('reports.spanish')}</option>
          <option value="en">{t('reports.english')}</option>
        </SelectField>
        <CheckpointSelect id="sitrep-checkpoint" value={sitrepCheckpoint} onChange={setSitrepCheckpoint} />
      </ReportCard>
      <ReportCard
        name="export"
        title={t('reports.export.title')}
        lead={t('reports.export.lead')}
        missing={
          from === '' || to === '' || rangeError ? (rangeError ?? t('reports.dateRequired')) : undefined
        }
        href={buildUrl('/api/reports/export', { from, to, format, checkpoint: exportCheckpoint })}
        download={t('reports.export.download')}
      >
        <PeriodFields
          type="date"
          from={{ id: 'export-from', label: t('reports.from'), value: from, onChange: setFrom }}
          to={{ id: 'export-to', label: t('reports.to'), value: to, onChange: setTo }}
          required
          error={rangeError}
        />
        <SelectField id="export-format" label={t('reports.format')} value={format} onChange={setFormat}>
          <option value="csv">{t('reports.csv')}</option>
          <option value="hxl">{t('reports.hxl')}</option>
        </SelectField>
        <CheckpointSelect id="export-checkpoint" value={exportCheckpoint} onChange={setExportCheckpoint} />
      </ReportCard>
      <p className="report-note">{t('reports.suppression')}</p>
    </PageFrame>
  );
}

// Reports for partners, analysts and the ministry: the daily situation report (PDF, Spanish or
// English) and the export of who crossed (CSV or HXL). Each is fetched from the API, which withholds
// small figures and records the download in the audit log, and then saved; a refusal is shown here.
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CSV_DIALECTS, type CsvDialect, exportRangeFault, MAX_EXPORT_DAYS } from '../../../domain/reports';
import { isCalendarDate } from '../../../domain/shared';
import type { ApiFile, ApiResult } from '../../api/client';
import { api } from '../../api/paso';
import { DateField } from '../../components/date-field';
import { FormFeedback } from '../../components/form-feedback';
import { Options } from '../../components/options';
import { PeriodFields } from '../../components/period-fields';
import { saveFile } from '../../components/save-file';
import { ChoiceField, SelectField } from '../../components/select-field';
import { useApiCall } from '../../hooks/use-api-call';
import { useCheckpointList } from '../../hooks/use-checkpoints';
import { type Binding, useDraft } from '../../hooks/use-draft';
import './reports.css';
import { PageFrame } from '../../components/page-frame';
import { useLocale } from '../../hooks/use-locale';
import { formatDay } from '../booth/days';
import { defaultDays, reportDays, takesInToday } from './report-days';

type Checkpoints = ReturnType<typeof useCheckpointList>;

function CheckpointSelect({ list, ...field }: Binding<string> & { readonly list: Checkpoints }) {
  const { t } = useTranslation();
  return (
    <SelectField {...field} label={t('reports.checkpoint')}>
      <option value="">{t('reports.allCheckpoints')}</option>
      <Options items={list} value={(c) => c.code} label={(c) => `${c.name} (${c.code})`} />
    </SelectField>
  );
}

function DialectSelect(field: Binding<CsvDialect>) {
  const { t } = useTranslation();
  const names: Record<CsvDialect, string> = {
    'excel-semicolon': t('reports.dialectExcelSemicolon'),
    excel: t('reports.dialectExcel'),
    rfc4180: t('reports.dialectRfc4180'),
  };
  return (
    <ChoiceField
      {...field}
      label={t('reports.dialect')}
      hint={t('reports.dialectHint')}
      choices={CSV_DIALECTS}
      nameOf={(d) => names[d]}
    />
  );
}

/** One report: what it is, the fields that choose it, and its download once they are complete. */
function ReportCard(props: {
  name: string;
  title: string;
  lead: string;
  /** Why it cannot be downloaded yet; undefined when it can. */
  missing: string | undefined;
  /** What the file will hold that its reader should know (a day not yet over), if anything. */
  note?: string | undefined;
  /** Fetches the file as the fields now choose it. */
  load: () => Promise<ApiResult<ApiFile>>;
  download: string;
  children: ReactNode;
}) {
  // A plain link would leave a refused download (session ended, no network) to fail in silence.
  const { busy, problem, run } = useApiCall();
  const { t } = useTranslation();
  const [saved, setSaved] = useState<string | null>(null);
  async function download() {
    if (busy) return;
    setSaved(null);
    const file = await run(props.load);
    if (!file.ok) return;
    const name = file.value.name ?? `paso-${props.name}`;
    saveFile(file.value.blob, name);
    setSaved(name);
  }
  return (
    <section aria-labelledby={`${props.name}-heading`} className="report-card">
      <h2 id={`${props.name}-heading`}>{props.title}</h2>
      <p>{props.lead}</p>
      <div className="report-fields">{props.children}</div>
      {props.missing === undefined && props.note !== undefined ? (
        <p className="notice notice-info report-partial" data-testid={`note-${props.name}`}>
          {props.note}
        </p>
      ) : null}
      {props.missing !== undefined ? (
        <p className="report-missing">{props.missing}</p>
      ) : (
        <button
          type="button"
          className="button button-primary"
          data-testid={`download-${props.name}`}
          onClick={() => void download()}
          // Not `disabled`: focus would drop to the page's top while the file is made.
          aria-disabled={busy}
        >
          {props.download}
        </button>
      )}
      <p className="report-saved" role="status" data-testid={`saved-${props.name}`}>
        {saved === null || busy ? null : t('reports.saved', { name: saved })}
      </p>
      <FormFeedback problem={problem} />
    </section>
  );
}

// The report's language and the CSV's dialect start from the interface's language. Partners open the
// file in Excel: in Spanish it expects semicolons (docs/reports.md).
const langFor = (english: boolean): string => (english ? 'en' : 'es');
const dialectFor = (english: boolean): CsvDialect => (english ? 'excel' : 'excel-semicolon');

export function ReportsPage() {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  const locale = useLocale();
  // Days on the checkpoints' clocks, as the dashboard and the server count them (report-days.ts).
  const checkpoints = useCheckpointList();
  const now = new Date();
  const { today } = reportDays(checkpoints, '', now);
  // Each draft is also its report's query: its keys are the query's names.
  const sitrep = useDraft('sitrep', () => ({
    date: defaultDays(today).sitrep,
    lang: langFor(english),
    checkpoint: '',
  }));
  const exported = useDraft('export', () => ({
    from: defaultDays(today).from,
    to: defaultDays(today).to,
    format: 'csv',
    dialect: dialectFor(english),
    checkpoint: '',
  }));
  // The days offered first follow the checkpoints' today once their zones arrive (UTC's until then)
  // and past their midnight; days chosen by hand stay.
  const [defaultsOf, setDefaultsOf] = useState(today);
  if (defaultsOf !== today) {
    const [was, is] = [defaultDays(defaultsOf), defaultDays(today)];
    setDefaultsOf(today);
    if (sitrep.values.date === was.sitrep) sitrep.change({ date: is.sitrep });
    if (exported.values.from === was.from && exported.values.to === was.to)
      exported.change({ from: is.from, to: is.to });
  }
  // When the interface's language is switched, a language or dialect still at the old one's default
  // follows it; one chosen by hand stays (adjusted while rendering, as React advises for state
  // derived from a change).
  const [defaultsFor, setDefaultsFor] = useState(english);
  if (defaultsFor !== english) {
    setDefaultsFor(english);
    if (sitrep.values.lang === langFor(defaultsFor)) sitrep.change({ lang: langFor(english) });
    if (exported.values.dialect === dialectFor(defaultsFor))
      exported.change({ dialect: dialectFor(english) });
  }
  const { from, to, format } = exported.values;
  // A day that has not begun at the checkpoint (at any, for all) has no crossings: its report would
  // only look like a quiet day. A day typed that does not read yet (25/12/26) is what the field
  // says, not a day after today.
  const sitrepDays = reportDays(checkpoints, sitrep.values.checkpoint, now);
  const sitrepLater = isCalendarDate(sitrep.values.date) && sitrep.values.date > sitrepDays.latest;
  const sitrepMissing =
    sitrep.values.date === ''
      ? t('reports.dateRequired')
      : !isCalendarDate(sitrep.values.date)
        ? t('form.dayUnread')
        : sitrepLater
          ? t('reports.dateFuture')
          : undefined;
  const rangeRead = isCalendarDate(from) && isCalendarDate(to);
  // The server refuses these ranges too, but a refused download shows nothing in the page.
  const fault = rangeRead ? exportRangeFault(from, to) : undefined;
  const exportDays = reportDays(checkpoints, exported.values.checkpoint, now);
  const rangeError =
    fault === 'backwards'
      ? t('reports.rangeBackwards')
      : fault === 'too-long'
        ? t('reports.rangeTooLong', { days: MAX_EXPORT_DAYS })
        : rangeRead && from > exportDays.latest
          ? t('reports.rangeFuture')
          : undefined;
  // Today's figures are those counted so far, and a CSV file has no place to say so: the page does.
  const partial =
    rangeRead && rangeError === undefined && takesInToday(from, to, exportDays)
      ? t('reports.rangeToday', { date: formatDay(exportDays.today, locale) })
      : undefined;

  return (
    <PageFrame testId="reports-page" className="reports" title={t('reports.title')} lead={t('reports.lead')}>
      <ReportCard
        name="sitrep"
        title={t('reports.sitrep.title')}
        lead={t('reports.sitrep.lead')}
        missing={sitrepMissing}
        load={() => api.getSitrep(sitrep.values)}
        download={t('reports.sitrep.download')}
      >
        <DateField
          {...sitrep.field('date')}
          label={t('reports.date')}
          required
          error={sitrepLater ? t('reports.dateFuture') : undefined}
        />
        <SelectField {...sitrep.field('lang')} label={t('reports.language')}>
          <option value="es">{t('reports.spanish')}</option>
          <option value="en">{t('reports.english')}</option>
        </SelectField>
        <CheckpointSelect {...sitrep.field('checkpoint')} list={checkpoints} />
      </ReportCard>
      <ReportCard
        name="export"
        title={t('reports.export.title')}
        lead={t('reports.export.lead')}
        missing={
          from === '' || to === '' ? t('reports.dateRequired') : !rangeRead ? t('form.dayUnread') : rangeError
        }
        // HXL tools read plain CSV: the dialect is for spreadsheets. A file for a spreadsheet is read
        // by people: its header and directions in the interface's language (programs keep the names).
        load={() =>
          api.getExport({
            ...exported.values,
            dialect: format === 'hxl' ? 'rfc4180' : exported.values.dialect,
            lang: format === 'csv' && exported.values.dialect !== 'rfc4180' ? langFor(english) : undefined,
          })
        }
        note={partial}
        download={t('reports.export.download')}
      >
        <PeriodFields
          kind="day"
          from={{ ...exported.field('from'), label: t('reports.from') }}
          to={{ ...exported.field('to'), label: t('reports.to') }}
          required
          error={rangeError}
        />
        <SelectField {...exported.field('format')} label={t('reports.format')}>
          <option value="csv">{t('reports.csv')}</option>
          <option value="hxl">{t('reports.hxl')}</option>
        </SelectField>
        {format === 'hxl' ? (
          <p className="report-wide hint">{t('reports.hxlHint')}</p>
        ) : (
          <DialectSelect {...exported.field('dialect')} />
        )}
        <CheckpointSelect {...exported.field('checkpoint')} list={checkpoints} />
      </ReportCard>
      <p className="report-note">{t('reports.suppression')}</p>
    </PageFrame>
  );
}

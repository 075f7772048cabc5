// Watchlists: the lists screening checks registrations against, whether each is in force, and (for
// admins) importing a new one from a file read in the browser. A file that does not read is refused
// whole, naming the line.
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { can } from '../../../domain/access';
import { notTextKind, textOfFile } from '../../../domain/shared';
import { api } from '../../api/paso';
import type { ApiProblem } from '../../api/problem';
import type { ImportedWatchlist, NewWatchlist } from '../../api/types';
import { FormFeedback } from '../../components/form-feedback';
import { LoadedSection } from '../../components/loaded-section';
import { PageFrame } from '../../components/page-frame';
import { PageStatus } from '../../components/page-status';
import { SubmitRow } from '../../components/submit-row';
import { TextField } from '../../components/text-field';
import { formatNumber } from '../../format/format';
import { useFocusBack } from '../../hooks/use-api-call';
import { useApiData } from '../../hooks/use-api-data';
import { useDraft, withErrors } from '../../hooks/use-draft';
import { useFieldErrors } from '../../hooks/use-field-errors';
import { useJob } from '../../hooks/use-job';
import { useLocale } from '../../hooks/use-locale';
import { useRequiredFields } from '../../hooks/use-required-fields';
import { useWording } from '../../hooks/use-wording';
import { useUser } from '../../session/session';
import { SkippedValues } from './skipped-values';
import {
  apparentFormat,
  importProblemMessage,
  type SkippedValue,
  type WatchlistChange,
  watchlistChangeNotice,
  watchlistFormatName,
} from './watchlist-messages';
import { WatchlistTable } from './watchlist-table';

type Format = NewWatchlist['format'];
const FORMATS: readonly Format[] = ['csv', 'un-xml', 'ftm'];
const ACCEPT: Readonly<Record<Format, string>> = {
  csv: '.csv,text/csv,text/plain',
  'un-xml': '.xml,application/xml,text/xml',
  ftm: '.json,.jsonl,.ftm,application/json,text/plain',
};

const loadWatchlists = (signal: AbortSignal) => api.listWatchlists({ signal });

export function WatchlistsPage() {
  const { t } = useTranslation();
  const mayManage = can(useUser().role, 'watchlists.manage');
  const [lists, reload] = useApiData(loadWatchlists);
  const [notice, setNotice] = useWording();
  const [skipped, setSkipped] = useState<readonly SkippedValue[]>([]);
  const locale = useLocale();
  // A change reaches screening once the index is rebuilt: it is said to be stored until that job has
  // succeeded, then in force, and the page shows the new figure.
  const index = useJob();
  const followIndex = (jobId: string, change: WatchlistChange) => {
    setNotice((t) => watchlistChangeNotice(change, false, t, locale));
    void index
      .follow(() => api.getJob(jobId))
      .then((job) => {
        if (job?.status === 'succeeded') setNotice((t) => watchlistChangeNotice(change, true, t, locale));
        reload();
      });
  };

  return (
    <PageFrame testId="admin-watchlists" title={t('watchlists.title')} lead={t('watchlists.intro')}>
      <PageStatus notice={notice} />
      <SkippedValues skipped={skipped} />
      {mayManage ? (
        <ImportForm
          onStarted={() => setSkipped([])}
          onImported={(list) => {
            setSkipped(list.skipped);
            reload();
            followIndex(list.indexJob, { kind: 'imported', name: list.name, entries: list.entryCount });
          }}
        />
      ) : null}
      <LoadedSection id="watchlists-list" title={t('watchlists.listTitle')} state={lists} onRetry={reload}>
        {(value) => (
          <>
            <p className="hint" data-testid="indexed-entries">
              {t('watchlists.indexed', {
                count: value.indexedEntries,
                formatted: formatNumber(value.indexedEntries, locale),
              })}
            </p>
            {index.busy ? (
              <p className="hint" data-testid="watchlist-indexing">
                {t('watchlists.indexing')}
              </p>
            ) : null}
            <FormFeedback problem={index.problem} />
            <WatchlistTable
              lists={value.watchlists}
              mayManage={mayManage}
              onChanged={(list, active, rebuild) => {
                setSkipped([]);
                reload();
                followIndex(rebuild.id, { kind: active ? 'activated' : 'deactivated', name: list.name });
              }}
            />
          </>
        )}
      </LoadedSection>
    </PageFrame>
  );
}

type ImportProps = {
  readonly onStarted: () => void;
  readonly onImported: (list: ImportedWatchlist) => void;
};

function ImportForm({ onStarted, onImported }: ImportProps) {
  const { t } = useTranslation();
  const [format, setFormat] = useState<Format>('csv');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const answered = useFieldErrors(problem);
  const {
    values,
    field: bound,
    change,
  } = useDraft('watchlist', { name: '' }, answered, () => setProblem(null));
  // A list is named: said beside the field, in the reader's language, not in the browser's bubble.
  const required = useRequiredFields({ name: values.name });
  const field = withErrors(bound, required.errors);
  const errors = { ...answered, ...required.errors };
  const [fileProblem, setFileProblem] = useWording();
  const fileInput = useRef<HTMLInputElement>(null);
  // The import button is off while the file is read and sent, and the focus fell from it to the page's
  // body: it goes back to it, unless the form put it at the file.
  const rememberFocus = useFocusBack(busy);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    rememberFocus();
    setProblem(null);
    setFileProblem(null);
    onStarted();
    if (!required.isComplete()) return;
    if (file === null) {
      setFileProblem((t) => t('watchlists.import.noFile'));
      fileInput.current?.focus();
      return;
    }
    setBusy(true);
    let content: string;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      // A workbook, a PDF or other binary bytes is not a list: say what to bring instead.
      const kind = notTextKind(bytes);
      if (kind !== null) {
        setBusy(false);
        setFileProblem((t) =>
          kind === 'spreadsheet'
            ? t('watchlists.import.spreadsheetFile')
            : kind === 'pdf'
              ? t('watchlists.import.pdfFile')
              : t('watchlists.import.binaryFile'),
        );
        fileInput.current?.focus();
        return;
      }
      // UTF-8, UTF-16 with its mark, or Windows-1252 (Excel in Spanish): not file.text(), which
      // reads every file as UTF-8 and turns PEÑA saved by Excel into PE�A.
      content = textOfFile(bytes).text;
    } catch {
      // The file went away or cannot be read (permissions, a removed drive): say so at the field.
      setBusy(false);
      setFileProblem((t) => t('watchlists.import.unreadableFile'));
      return;
    }
    if (content.trim() === '') {
      setBusy(false);
      setFileProblem((t) => t('watchlists.import.emptyFile'));
      return;
    }
    const apparent = apparentFormat(content);
    if (apparent !== format) {
      setBusy(false);
      setFileProblem((t) =>
        t('watchlists.import.wrongFormat', {
          apparent: watchlistFormatName(apparent, t),
          chosen: watchlistFormatName(format, t),
        }),
      );
      fileInput.current?.focus();
      return;
    }
    const result = await api.importWatchlist({ name: values.name.trim(), format, content });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error);
      if (result.error.code === 'watchlist.invalid') fileInput.current?.focus();
      return;
    }
    change({ name: '' });
    required.reset();
    setFile(null);
    if (fileInput.current !== null) fileInput.current.value = '';
    onImported(result.value);
  }

  const lineProblem =
    problem?.code === 'watchlist.invalid' ? importProblemMessage(problem, t) : (fileProblem ?? undefined);
  const fileError = lineProblem ?? errors.content;
  return (
    <section className="panel" aria-labelledby="import-title">
      <h2 id="import-title">{t('watchlists.import.title')}</h2>
      <form className="form form-grid" onSubmit={(event) => void submit(event)} aria-busy={busy} noValidate>
        <TextField
          {...field('name')}
          label={t('watchlists.import.name')}
          hint={t('watchlists.import.nameHint')}
          autoComplete="off"
          required
          maxLength={TEXT_LIMITS.watchlistName}
        />
        <fieldset className="field fieldset">
          <legend>{t('watchlists.import.format')}</legend>
          {FORMATS.map((f) => (
            <div className="check" key={f}>
              <input
                type="radio"
                id={`watchlist-format-${f}`}
                name="watchlist-format"
                value={f}
                checked={format === f}
                onChange={() => setFormat(f)}
              />
              <label htmlFor={`watchlist-format-${f}`}>{watchlistFormatName(f, t)}</label>
            </div>
          ))}
        </fieldset>
        <div className={fileError === undefined ? 'field form-wide' : 'field form-wide field-invalid'}>
          <label htmlFor="watchlist-file">{t('watchlists.import.file')}</label>
          <p className="hint" id="watchlist-file-hint">
            {format === 'csv'
              ? t('watchlists.import.csvHint')
              : format === 'un-xml'
                ? t('watchlists.import.unHint')
                : t('watchlists.import.ftmHint')}
          </p>
          {fileError === undefined ? null : (
            <p className="field-error" id="watchlist-file-error" data-testid="watchlist-file-error">
              {fileError}
            </p>
          )}
          <input
            id="watchlist-file"
            ref={fileInput}
            type="file"
            accept={ACCEPT[format]}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setFileProblem(null);
              setProblem(null);
            }}
            aria-invalid={fileError === undefined ? undefined : true}
            aria-describedby={
              fileError === undefined ? 'watchlist-file-hint' : 'watchlist-file-hint watchlist-file-error'
            }
          />
        </div>
        <div className="form-wide">
          <FormFeedback problem={problem?.code === 'watchlist.invalid' ? null : problem} />
          {/* Where and why are said once, at the file; the alert says only that nothing was imported. */}
          {problem?.code === 'watchlist.invalid' ? (
            <p className="notice notice-error" role="alert">
              {t('problem.watchlistInvalid')}
            </p>
          ) : null}
          <SubmitRow
            label={busy ? t('watchlists.import.sending') : t('watchlists.import.submit')}
            disabled={busy}
          />
        </div>
      </form>
    </section>
  );
}

// `paso report sitrep` and `paso report export`: the same files as the reports API, through the same
// service, written where --out says. Each file leaving Paso is audited, as over HTTP.
import { writeFile } from 'node:fs/promises';
import { type Command, Option } from 'commander';
import {
  CSV_DIALECTS,
  type CsvDialect,
  EXPORT_FORMATS,
  REPORT_LANGS,
  type ReportLang,
} from '../domain/reports';
import type { AuditEvent } from '../server/audit/record';
import type { ReportFault } from '../server/reports/service';
import type { Db } from '../store/db';
import { dateArgument, type WithDb } from './arguments';

const faultText = (e: ReportFault): string =>
  e.code === 'report.range' ? e.detail : `no checkpoint has the code ${e.checkpoint}`;

// A checkpoint's code as stored (PE-SANTA-ROSA), typed in any case; none for all checkpoints.
const codeTyped = (typed: string | undefined): string | null => typed?.trim().toUpperCase() ?? null;

async function audited(db: Db, event: AuditEvent): Promise<void> {
  const { appendAudit } = await import('../store/audit');
  await db.kysely
    .transaction()
    .execute((tx) =>
      appendAudit(tx, { at: new Date().toISOString(), actorId: null, actorUsername: 'cli', ...event }),
    );
}

export function addReportCommands(program: Command, withDb: WithDb): void {
  const report = program.command('report').description('the daily situation report and the partners’ export');
  report
    .command('sitrep')
    .description('write the situation report of one local date as a PDF (figures under 5 withheld)')
    .requiredOption('--date <date>', 'YYYY-MM-DD, the checkpoints’ local date', dateArgument)
    .addOption(new Option('--lang <lang>', 'language').choices(REPORT_LANGS).default('es'))
    .option('--checkpoint <code>', 'one checkpoint, e.g. PE-SANTA-ROSA (default: all)')
    .requiredOption('--out <file.pdf>', 'where to write the PDF')
    .action(async (opts: { date: string; lang: 'es' | 'en'; checkpoint?: string; out: string }) => {
      const { makeSitrep } = await import('../server/reports/service');
      const { sitrepProviders } = await import('../server/reports/providers');
      const checkpoint = codeTyped(opts.checkpoint);
      const outcome = await withDb(async (db) => {
        const pdf = await makeSitrep(
          db.kysely,
          { date: opts.date, lang: opts.lang, checkpoint },
          new Date(),
          sitrepProviders(db.kysely),
        );
        if (!pdf.ok) return pdf;
        await writeFile(opts.out, pdf.value);
        await audited(db, {
          action: 'reports.sitrep',
          // The size of the file that left Paso, as the API's entry for the same report has it.
          detail: { date: opts.date, lang: opts.lang, checkpoint, bytes: pdf.value.length, via: 'cli' },
        });
        return pdf;
      });
      if (!outcome.ok) {
        console.error(`paso: ${faultText(outcome.error)}`);
        process.exitCode = 2;
        return;
      }
      console.error(`Wrote the situation report of ${opts.date} (${opts.lang}) to ${opts.out}.`);
    });
  report
    .command('export')
    .description('write who crossed between two local dates as CSV or HXL (figures under 5 withheld)')
    .requiredOption('--from <date>', 'YYYY-MM-DD, the first local date', dateArgument)
    .requiredOption('--to <date>', 'YYYY-MM-DD, the last local date (included)', dateArgument)
    .addOption(new Option('--format <format>', 'file format').choices(EXPORT_FORMATS).default('csv'))
    .addOption(
      new Option(
        '--dialect <dialect>',
        'rfc4180 for programs; excel-semicolon for Excel where the list separator is ";" (Peru, Chile, ' +
          'Venezuela, Spain); excel for Excel with commas (both with a UTF-8 byte-order mark)',
      )
        .choices(CSV_DIALECTS)
        .default('rfc4180'),
    )
    .addOption(
      new Option(
        '--lang <lang>',
        'word the header and the directions in this language, for people opening the file in a ' +
          'spreadsheet (default: the column names, for programs)',
      ).choices(REPORT_LANGS),
    )
    .option('--checkpoint <code>', 'one checkpoint, e.g. PE-SANTA-ROSA (default: all)')
    .requiredOption('--out <file>', 'where to write the file')
    .action(
      async (opts: {
        from: string;
        to: string;
        format: 'csv' | 'hxl';
        dialect: CsvDialect;
        lang?: ReportLang;
        checkpoint?: string;
        out: string;
      }) => {
        const { makeExport } = await import('../server/reports/service');
        const checkpoint = codeTyped(opts.checkpoint);
        const outcome = await withDb(async (db) => {
          const file = await makeExport(
            db.kysely,
            {
              from: opts.from,
              to: opts.to,
              format: opts.format,
              dialect: opts.dialect,
              lang: opts.lang,
              checkpoint,
            },
            new Date(),
          );
          if (!file.ok) return file;
          await writeFile(opts.out, file.value.text);
          const { from, to, format, dialect, lang } = opts;
          await audited(db, {
            action: 'reports.export',
            detail: {
              from,
              to,
              format,
              dialect,
              ...(lang ? { lang } : {}),
              checkpoint,
              rows: file.value.rows,
              via: 'cli',
            },
          });
          return file;
        });
        if (!outcome.ok) {
          console.error(`paso: ${faultText(outcome.error)}`);
          process.exitCode = 2;
          return;
        }
        console.error(`Wrote ${outcome.value.rows} rows (${opts.format}, ${opts.dialect}) to ${opts.out}.`);
        // As the reports page says beside its download: the file has no place to say it.
        const today = outcome.value.dayUnderWay;
        if (today !== null) {
          console.error(
            `Note: the range takes in ${today}, not yet over at every checkpoint covered: its figures ` +
              'are those counted so far, and the file does not say so. End the range the day before for whole days.',
          );
        }
      },
    );
}

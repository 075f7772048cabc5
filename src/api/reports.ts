// The reports' wire shapes: what the situation report and the partners' export are asked with.
import { z } from 'zod';
import { CSV_DIALECTS, EXPORT_FORMATS, REPORT_LANGS } from '../domain/reports';
import { CheckpointCodeRead } from './common';

const LocalDate = z.iso.date();
const CheckpointCode = CheckpointCodeRead.describe(
  'A checkpoint code, e.g. PE-SANTA-ROSA, in any case; all checkpoints without it.',
);

export const SitrepQuery = z.strictObject({
  date: LocalDate.describe("The local date reported on (each checkpoint's own)."),
  lang: z.enum(REPORT_LANGS).default('es').describe('The language of the report.'),
  checkpoint: CheckpointCode.optional(),
});

export const ExportQuery = z.strictObject({
  from: LocalDate.describe('The first local date exported.'),
  to: LocalDate.describe('The last local date exported, included; at most 366 days after `from`.'),
  format: z.enum(EXPORT_FORMATS).default('csv').describe('csv, or hxl: CSV with a row of HXL hashtags.'),
  dialect: z
    .enum(CSV_DIALECTS)
    .default('rfc4180')
    .describe(
      'rfc4180: commas, no byte-order mark, for programs and HXL tools. excel-semicolon: UTF-8 ' +
        'byte-order mark and semicolons, as Excel reads CSV where the decimal mark is a comma (Peru, ' +
        'Chile, Venezuela, Spain). excel: byte-order mark and commas (Mexico, English).',
    ),
  lang: z
    .enum(REPORT_LANGS)
    .optional()
    .describe(
      'For people opening the file in a spreadsheet: the header, the directions and an unknown ' +
        'nationality in this language. Without it, the column names (date, women …) for programs.',
    ),
  checkpoint: CheckpointCode.optional(),
});

export const PdfReply = {
  description: 'The situation report, a PDF file.',
  content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
};

export const CsvReply = {
  description:
    'The export, a CSV file in UTF-8 (HXL: its second row holds the HXL hashtags); the Excel dialects ' +
    'begin with a byte-order mark.',
  content: { 'text/csv': { schema: z.string() } },
};

// The reports area's public face: small-cell suppression, the dashboard's figures as published, the situation report's content and words,
// and the partners' export.

export { CSV_DIALECTS, type CsvDialect, type CsvLayout, csvLayout } from './csv-dialect';
export {
  DASHBOARD_DIRECTIONS,
  type DashboardRows,
  dashboardFigures,
  dashboardKey,
  HEADLINE,
  type Headline,
  publishDashboard,
} from './dashboard-figures';
export {
  EXPORT_DIMENSIONS,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportRow,
  exportRangeFault,
  exportRows,
  exportTable,
  HXL_HASHTAGS,
  MAX_EXPORT_DAYS,
  publishedText,
} from './export';
export {
  AGE_ROWS,
  type DecreeLine,
  DIRECTIONS,
  type IncidentLine,
  OTHER_NATIONALITIES,
  type PublishedTable,
  SEXES,
  type SinceDeclared,
  type SitrepCounts,
  type SitrepData,
  type SitrepFigures,
  sinceDeclared,
  sitrepFigures,
} from './sitrep';
export {
  type Grid,
  gridLines,
  type Line,
  type Published,
  publishFigures,
  SMALL_CELL_LIMIT,
  suppress,
} from './suppression';
export { isReportLang, REPORT_LANGS, type ReportLang, type ReportTextKey, reportText } from './text';

// The reports area's public face: small-cell suppression, the dashboard's figures as published, the situation report's content and words,
// and the partners' export.

export {
  type Bounds,
  boundsAudit,
  type LinearModel,
  type LinearProgram,
  type LinearSolver,
} from './bounds-audit';
export { CSV_DIALECTS, type CsvDialect, type CsvLayout, csvLayout } from './csv-dialect';
export {
  DASHBOARD_BREAKDOWNS,
  DASHBOARD_DIRECTIONS,
  type DashboardRows,
  dashboardFigures,
  dashboardKey,
  dashboardRowsOf,
  HEADLINE,
  type Headline,
  publishDashboard,
} from './dashboard-figures';
export {
  AGE_ROWS,
  DIRECTIONS,
  type NeedRow,
  OTHER_NATIONALITIES,
  SEXES,
  scopeFigures,
} from './date-figures';
export {
  DATE_DIMENSIONS,
  type DateCounts,
  dateSums,
  type ProtectedDate,
  type ProtectedDateData,
  protectDate,
  protectDateData,
  protectedDateOf,
} from './date-protection';
export {
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
export { publishedSum, SINCE_KEYS, type SinceFigure, sinceDeclaredFigures } from './since-declared';
export {
  type DecreeLine,
  type IncidentLine,
  type PublishedTable,
  type SinceDeclared,
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

// The report prints incidents in words: every kind and severity the API accepts has them in each of
// the report's languages (a raw code such as `medical-emergency` in a PDF for the ministry is a slip).
import { describe, expect, it } from 'vitest';
import { NewIncidentBody } from '../../api/situation';
import { REPORT_LANGS, type ReportTextKey, reportText } from './text';

const KINDS = NewIncidentBody.shape.kind.options;
const SEVERITIES = NewIncidentBody.shape.severity.options;

describe.each(REPORT_LANGS)('the report’s words in %s', (lang) => {
  // Looked up by the key `word` reads, so an English word equal to its code still counts.
  const { t } = reportText(lang);
  const wordOf = (key: string): unknown => t(key as ReportTextKey);

  it.each(KINDS)('name the incident kind %s', (kind) => {
    expect(wordOf(`incident.${kind}`)).toMatch(/\S/);
  });

  it.each(SEVERITIES)('name the severity %s', (severity) => {
    expect(wordOf(`severity.${severity}`)).toMatch(/\S/);
  });
});

// `paso documents check` as an operator runs it: JSON lines in on standard input, one JSON result line
// out per line, a summary on standard error, exit code 0 even when documents have problems.
import { describe, expect, it } from 'vitest';
import { formatTd3 } from '../../src/domain/documents';
import { runPaso } from '../support/process';

// ICAO Doc 9303-4 Appendix A specimen.
const SPECIMEN = [
  'P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<',
  'L898902C36UTO7408122F1204159ZE184226B<<<<<10',
];
const VENEZUELAN = formatTd3({
  documentCode: 'P',
  issuingState: 'VEN',
  surname: 'RODRIGUEZ MARQUEZ',
  givenNames: 'LUIS ALBERTO',
  documentNumber: '158273645',
  nationality: 'VEN',
  birthDate: '1988-07-02',
  sex: 'M',
  expiryDate: '2034-05-19',
  optionalData: '',
  optionalData2: '',
});
// The birth date's check digit (line 2, column 20) changed.
const line2 = VENEZUELAN[1] ?? '';
const CORRUPTED = [VENEZUELAN[0], `${line2.slice(0, 19)}${line2[19] === '3' ? '4' : '3'}${line2.slice(20)}`];

describe('paso documents check', () => {
  it('answers every input line with one JSON line and summarises on standard error', () => {
    const input = [
      JSON.stringify({ mrz: SPECIMEN, ref: 'specimen' }),
      JSON.stringify(VENEZUELAN.join('\n')),
      JSON.stringify({ mrz: CORRUPTED.join('\r\n'), ref: 3 }),
      JSON.stringify({ idType: 'CL-RUN', number: '12.345.678-5', ref: 'run' }),
      'this is not JSON',
      '',
    ].join('\n');
    const run = runPaso(['documents', 'check'], {}, input);
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(out).toHaveLength(5);

    expect(out[0]).toMatchObject({
      valid: true,
      format: 'TD3',
      expired: true,
      fields: {
        documentCode: 'P',
        issuingState: 'UTO',
        surname: 'ERIKSSON',
        givenNames: 'ANNA MARIA',
        documentNumber: 'L898902C3',
        nationality: 'UTO',
        birthDate: '1974-08-12',
        sex: 'F',
        expiryDate: '2012-04-15',
      },
      problems: [],
      repairs: [],
      ref: 'specimen',
    });
    expect(out[1]).toMatchObject({
      valid: true,
      expired: false,
      fields: { surname: 'RODRIGUEZ MARQUEZ', givenNames: 'LUIS ALBERTO', nationality: 'VEN' },
    });
    expect(out[2]).toMatchObject({ valid: false, format: 'TD3', ref: 3 });
    expect(out[2].problems).toContainEqual({
      field: 'birthDate',
      code: 'mrz.check-digit',
      line: 2,
      column: 14,
      length: 7,
    });
    expect(out[3]).toEqual({
      valid: true,
      idType: 'CL-RUN',
      normalized: '12345678-5',
      display: '12.345.678-5',
      problems: [],
      ref: 'run',
    });
    expect(out[4]).toEqual({
      valid: false,
      problems: [{ field: 'input', code: 'input.json', line: 1, column: 1, length: 16 }],
    });
    expect(run.stderr).toContain(
      'Checked 5 lines: 3 valid, 2 not valid (with problems, or a repair to confirm).',
    );
  });
});

// A situation report of a date that is not over when it is made says so: its figures are the day's
// so far (or there are none yet), not a whole day's; an export says which day it takes in so, and
// refuses a range not begun. The day is each checkpoint's own (counting rule 4).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDb } from '../../../test/support/databases';
import { pdfPages } from '../../../test/support/pdf';
import { seedDemo } from '../../store/demo';
import { loadSitrepData, makeExport, makeSitrep } from './service';

describe('the situation report of a date not yet over', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await openTestDb('sqlite');
    await seedDemo(t.db.kysely, new Date('2025-11-27T15:00:00Z'));
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  // 04:30 UTC on the 27th: 23:30 on the 26th in Tacna (UTC−5), 01:30 on the 27th in Arica (UTC−3).
  const now = new Date('2025-11-27T04:30:00Z');
  const dayOf = async (date: string, checkpoint: string | null) => {
    const data = await loadSitrepData(t.db.kysely, { date, checkpoint }, now);
    return data.ok ? data.value.day : undefined;
  };

  it.each([
    ['2025-11-26', null, 'under-way'],
    ['2025-11-26', 'PE-SANTA-ROSA', 'under-way'],
    ['2025-11-26', 'CL-CHACALLUTA', 'over'],
    ['2025-11-25', null, 'over'],
    ['2025-11-27', 'PE-SANTA-ROSA', 'to-come'],
    ['2025-11-27', null, 'under-way'],
  ] as const)('finds %s at %s %s', async (date, checkpoint, day) => {
    expect(await dayOf(date, checkpoint)).toBe(day);
  });

  it('says so on the report, in each language', async () => {
    const text = async (date: string, lang: 'es' | 'en') => {
      const pdf = await makeSitrep(t.db.kysely, { date, checkpoint: 'PE-SANTA-ROSA', lang }, now);
      return pdf.ok ? (await pdfPages(pdf.value)).join('\n') : '';
    };
    expect(await text('2025-11-26', 'es')).toContain('Día en curso');
    expect(await text('2025-11-26', 'en')).toContain('Day under way');
    expect(await text('2025-11-27', 'es')).toContain('Esta fecha aún no ha comenzado');
    expect(await text('2025-11-25', 'es')).not.toMatch(/Día en curso|aún no ha comenzado/);
  });

  it.each([
    ['2025-11-27', '2025-11-27', 'PE-SANTA-ROSA', 'refused'],
    ['2025-11-27', '2025-11-27', null, '2025-11-27'],
    ['2025-11-25', '2025-11-26', null, '2025-11-26'],
    ['2025-11-25', '2025-11-26', 'PE-SANTA-ROSA', '2025-11-26'],
    ['2025-11-25', '2025-11-26', 'CL-CHACALLUTA', null],
    ['2025-11-27', '2025-11-27', 'CL-CHACALLUTA', '2025-11-27'],
    ['2025-11-20', '2025-11-25', null, null],
  ] as const)(
    'exports %s to %s at %s with the day under way it takes in: %s',
    async (from, to, checkpoint, shown) => {
      const file = await makeExport(
        t.db.kysely,
        { from, to, checkpoint, format: 'csv', dialect: 'rfc4180' },
        now,
      );
      expect(file.ok ? file.value.dayUnderWay : 'refused').toBe(shown);
    },
  );
});

// Which emergencies a dashboard counts since their declaration: each chain of extensions once, from
// the declaration's first day, over the checkpoints it covers.
import { describe, expect, it } from 'vitest';
import { aDecree } from '../../../test/support/decrees';
import { emergenciesInForce } from './emergency';

const declaration = aDecree({ checkpoints: ['PE-SANTA-ROSA', 'PE-TEST'] });
const extension = aDecree({
  id: '00000000-0000-4000-8000-000000000200',
  extends: declaration.id,
  number: 'D.S. N.° 008-2026-PCM',
  issuedOn: '2026-01-26',
  startsOn: '2026-01-28',
  endsOn: '2026-03-28',
  checkpoints: ['PE-SANTA-ROSA'],
});
const chilean = aDecree({
  id: '00000000-0000-4000-8000-000000000300',
  number: 'Decreto 1.234',
  timeZone: 'America/Santiago',
  startsOn: '2025-12-01',
  endsOn: '2026-02-28',
  checkpoints: ['CL-CHACALLUTA'],
});
const register = [declaration, extension, chilean];
const at = (iso: string) => Date.parse(iso);
const ALL = ['PE-SANTA-ROSA', 'PE-TEST', 'CL-CHACALLUTA'];

describe('emergenciesInForce', () => {
  it('counts a declaration once over every checkpoint it covers, from its first day', () => {
    const found = emergenciesInForce([declaration], ALL, at('2025-12-10T12:00:00Z'));
    expect(found.map((e) => [e.declaration.number, e.since, e.checkpoints])).toEqual([
      ['D.S. N.° 135-2025-PCM', '2025-11-29', ['PE-SANTA-ROSA', 'PE-TEST']],
    ]);
  });

  it('counts an extension from the day its declaration began, and names the extension in force', () => {
    const [found] = emergenciesInForce(register, ['PE-SANTA-ROSA'], at('2026-02-10T12:00:00Z'));
    expect(found?.decree.number).toBe('D.S. N.° 008-2026-PCM');
    expect(found?.declaration.number).toBe('D.S. N.° 135-2025-PCM');
    expect(found?.since).toBe('2025-11-29');
  });

  it('leaves out a checkpoint the extension no longer covers', () => {
    const found = emergenciesInForce(register, ALL, at('2026-02-10T12:00:00Z'));
    expect(found.map((e) => [e.declaration.number, e.checkpoints])).toEqual([
      ['D.S. N.° 135-2025-PCM', ['PE-SANTA-ROSA']],
      ['Decreto 1.234', ['CL-CHACALLUTA']],
    ]);
  });

  it('keeps the emergencies of two countries apart, the earliest first', () => {
    const found = emergenciesInForce(register, [...ALL].reverse(), at('2025-12-10T12:00:00Z'));
    expect(found.map((e) => [e.since, e.checkpoints])).toEqual([
      ['2025-11-29', ['PE-TEST', 'PE-SANTA-ROSA']],
      ['2025-12-01', ['CL-CHACALLUTA']],
    ]);
  });

  it('finds none before a declaration begins or after its last extension ends', () => {
    expect(emergenciesInForce(register, ALL, at('2025-11-29T04:59:00Z'))).toEqual([]);
    expect(emergenciesInForce(register, ALL, at('2026-03-29T06:00:00Z'))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultTimeZone } from './zone';

describe('the zone a decree is counted in when nobody says', () => {
  it.each([
    ['Chacalluta alone: Santiago', ['America/Santiago'], 'America/Santiago'],
    ['two checkpoints of one zone', ['America/Santiago', 'America/Santiago'], 'America/Santiago'],
    ['no checkpoint (areas only): Lima', [], 'America/Lima'],
    ['checkpoints in two zones: Lima', ['America/Lima', 'America/Santiago'], 'America/Lima'],
  ])('%s', (_, zones, expected) => {
    expect(defaultTimeZone(zones)).toBe(expected);
  });
});

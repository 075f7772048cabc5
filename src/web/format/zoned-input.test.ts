import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instantOfZonedInput, zonedInputOf } from './zoned-input';

// The device reading the form is in Lima (UTC−5 all year); the checkpoint is in Chile.
let deviceZone: string | undefined;
beforeEach(() => {
  deviceZone = process.env.TZ;
  process.env.TZ = 'America/Lima';
});
afterEach(() => {
  if (deviceZone === undefined) delete process.env.TZ;
  else process.env.TZ = deviceZone;
});

describe('instantOfZonedInput', () => {
  it("reads a time typed from a Lima device on Chacalluta's clock, not the device's", () => {
    // What the walkthrough typed: 03:09 at Chacalluta is 06:09 UTC, when the clocks in Lima read 01:09.
    // The browser reads the field on its own clock: the same text is 08:09 UTC there.
    expect(new Date('2026-12-05T03:09').toISOString()).toBe('2026-12-05T08:09:00.000Z');
    expect(instantOfZonedInput('2026-12-05T03:09', 'America/Santiago')).toEqual({
      kind: 'one',
      instant: '2026-12-05T06:09:00.000Z',
    });
    expect(instantOfZonedInput('2026-12-05T01:09', 'America/Lima')).toEqual({
      kind: 'one',
      instant: '2026-12-05T06:09:00.000Z',
    });
  });

  it('takes seconds when the field gives them', () => {
    expect(instantOfZonedInput('2026-12-05T03:09:30', 'America/Santiago')).toEqual({
      kind: 'one',
      instant: '2026-12-05T06:09:30.000Z',
    });
  });

  it('names both instants of the hour Chile repeats when its summer time ends', () => {
    expect(instantOfZonedInput('2026-04-04T23:30', 'America/Santiago')).toEqual({
      kind: 'twice',
      earlier: '2026-04-05T02:30:00.000Z',
      later: '2026-04-05T03:30:00.000Z',
    });
  });

  it('says a time in the hour Chile skips when its summer time starts never happened', () => {
    expect(instantOfZonedInput('2026-09-06T00:30', 'America/Santiago')).toEqual({ kind: 'skipped' });
  });

  it.each(['', '2026-12-05', '05/12/2026 03:09', '2026-02-31T03:09', '2026-12-05T25:00'])(
    'does not read %j as a time',
    (typed) => {
      expect(instantOfZonedInput(typed, 'America/Santiago')).toEqual({ kind: 'unread' });
    },
  );

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('America/Santiago', 'Mars/Olympus'), (typed, zone) => {
        instantOfZonedInput(typed, zone);
      }),
    );
  });
});

describe('zonedInputOf', () => {
  it("writes an instant as Chacalluta's clocks read it, for the field's default", () => {
    expect(zonedInputOf(new Date('2026-12-05T06:09:41Z'), 'America/Santiago')).toBe('2026-12-05T03:09');
    expect(zonedInputOf(new Date('2026-12-05T06:09:41Z'), 'America/Lima')).toBe('2026-12-05T01:09');
  });

  it('reads back every minute it writes', () => {
    fc.assert(
      fc.property(
        fc.integer({
          min: Date.parse('2020-01-01T00:00:00Z') / 60_000,
          max: Date.parse('2030-01-01T00:00:00Z') / 60_000,
        }),
        fc.constantFrom('America/Santiago', 'America/Lima'),
        (minute, zone) => {
          const instant = new Date(minute * 60_000).toISOString();
          const read = instantOfZonedInput(zonedInputOf(new Date(instant), zone), zone);
          if (read.kind === 'twice') expect([read.earlier, read.later]).toContain(instant);
          else expect(read).toEqual({ kind: 'one', instant });
        },
      ),
    );
  });
});

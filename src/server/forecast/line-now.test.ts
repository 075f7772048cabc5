import { describe, expect, it } from 'vitest';
import { minutesLeftInHour } from './line-now';

describe("the minutes left in the checkpoint's hour", () => {
  it('counts to the next local hour, whatever quarter the zone is offset by', () => {
    expect(minutesLeftInHour(new Date('2025-11-28T17:00:00Z'), 'America/Lima')).toBe(60);
    expect(minutesLeftInHour(new Date('2025-11-28T17:20:00Z'), 'America/Lima')).toBe(40);
    expect(minutesLeftInHour(new Date('2025-11-28T17:59:30Z'), 'America/Santiago')).toBe(0.5);
    // Kathmandu is 5:45 ahead: 17:20 UTC is 23:05 there, the day's last hour.
    expect(minutesLeftInHour(new Date('2025-11-28T17:20:00Z'), 'Asia/Kathmandu')).toBe(55);
  });
});

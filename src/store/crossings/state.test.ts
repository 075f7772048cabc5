import { describe, expect, it } from 'vitest';
import { fieldsOf } from './state';

describe('fieldsOf', () => {
  it('keeps every field but the envelope, and a body’s own "__proto__" as a field, not a prototype', () => {
    const body = JSON.parse(
      '{"kind":"crossing","id":"e1","at":"2025-11-28T14:05:00.000Z","checkpoint":"PE-SANTA-ROSA",' +
        '"booth":"SR-01","offline":true,"direction":"entry","decision":"admitted","__proto__":{"held":1}}',
    ) as Record<string, unknown>;
    const fields = fieldsOf(body);
    expect(Object.keys(fields)).toEqual(['direction', 'decision', '__proto__']);
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect('held' in fields).toBe(false);
  });
});

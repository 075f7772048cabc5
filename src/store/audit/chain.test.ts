import { describe, expect, it } from 'vitest';
import { canonical } from './chain';

describe('canonical JSON, what every audit entry and event body is hashed over', () => {
  it('sorts keys at every level, leaves out undefined fields and keeps arrays in order', () => {
    const value = {
      b: [3, { z: 'x', a: undefined, m: null }, [], {}],
      a: 'ñ"\\',
      u: undefined,
      Z: true,
      '10': 1.5,
      '9': -0,
    };
    // The exact text older entries were hashed with: any change here breaks every stored chain.
    expect(canonical(value)).toBe(
      '{"10":1.5,"9":0,"Z":true,"a":"ñ\\"\\\\","b":[3,{"m":null,"z":"x"},[],{}]}',
    );
    expect(canonical([undefined, null])).toBe('[null,null]');
    expect(canonical(undefined)).toBe('null');
  });
});

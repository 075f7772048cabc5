import { describe, expect, it } from 'vitest';
import { storedChoice } from './stored-choice';

describe('storedChoice', () => {
  it.each([
    ['open', 'open'],
    ['closed', 'closed'],
    ['archived', 'open'],
    [null, 'open'],
  ])('reads %j as %j', (stored, read) => {
    expect(storedChoice(['open', 'closed'], stored, 'open')).toBe(read);
  });
});

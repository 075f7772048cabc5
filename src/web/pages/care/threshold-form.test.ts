import { describe, expect, it } from 'vitest';
import { MAX_MINIMUM } from '../../../api/care';
import { minimumIssue } from './threshold-form';

describe('a minimum as typed', () => {
  it('takes a whole number from 0, written with or without thousands', () => {
    for (const typed of ['0', '40', '1200', '1.200', '1,200', ' 75 ', String(MAX_MINIMUM)])
      expect(minimumIssue(typed), typed).toBeNull();
  });

  it('says what is wrong with anything else', () => {
    expect(minimumIssue('')).toBe('empty');
    expect(minimumIssue('   ')).toBe('empty');
    expect(minimumIssue('diez')).toBe('not-a-number');
    expect(minimumIssue('2.5')).toBe('not-whole');
    expect(minimumIssue('-3')).toBe('not-whole');
    expect(minimumIssue(String(MAX_MINIMUM + 1))).toBe('too-large');
  });
});

import { describe, expect, it } from 'vitest';
import {
  decisionNeedsReason,
  decisionsFor,
  LINK_DECISIONS,
  LINK_STATUSES,
  reviewLink,
} from './duplicate-links';

describe('reviewLink', () => {
  it.each([
    ['candidate', 'confirm', 'confirmed'],
    ['candidate', 'reject', 'rejected'],
    ['candidate', 'merge', 'merged'],
    ['confirmed', 'reject', 'rejected'],
    ['confirmed', 'merge', 'merged'],
    ['rejected', 'confirm', 'confirmed'],
    ['rejected', 'merge', 'merged'],
    ['merged', 'unmerge', 'unmerged'],
    ['unmerged', 'confirm', 'confirmed'],
    ['unmerged', 'reject', 'rejected'],
    ['unmerged', 'merge', 'merged'],
  ] as const)('takes a %s link given "%s" to %s', (from, decision, to) => {
    expect(reviewLink(from, decision)).toEqual({ ok: true, value: to });
  });

  it.each([
    ['candidate', 'unmerge'],
    ['confirmed', 'confirm'],
    ['confirmed', 'unmerge'],
    ['rejected', 'reject'],
    ['rejected', 'unmerge'],
    ['merged', 'merge'],
    ['merged', 'confirm'],
    ['merged', 'reject'],
    ['unmerged', 'unmerge'],
  ] as const)('refuses to give a %s link "%s"', (from, decision) => {
    expect(reviewLink(from, decision)).toEqual({
      ok: false,
      error: { code: 'duplicate.invalid-transition', from, decision },
    });
  });

  it.each([
    ['candidate', ['confirm', 'reject', 'merge']],
    ['unmerged', ['confirm', 'reject', 'merge']],
    ['confirmed', ['merge', 'reject']],
    ['rejected', ['confirm', 'merge']],
    ['merged', ['unmerge']],
  ] as const)('offers a %s link %j, in that order', (status, decisions) => {
    expect(decisionsFor(status)).toEqual(decisions);
  });

  it('offers exactly the reviews it accepts, in every state', () => {
    for (const status of LINK_STATUSES) {
      const accepted = LINK_DECISIONS.filter((d) => reviewLink(status, d).ok);
      expect([...decisionsFor(status)].sort()).toEqual([...accepted].sort());
    }
  });

  it('lets no review leave a link where it was', () => {
    for (const status of LINK_STATUSES) {
      for (const d of decisionsFor(status))
        expect(reviewLink(status, d)).not.toEqual({ ok: true, value: status });
    }
  });
});

describe('decisionNeedsReason', () => {
  it.each([
    ['merge', true],
    ['reject', true],
    ['unmerge', true],
    ['confirm', false],
  ] as const)('says whether "%s" must say why: %s', (decision, needed) => {
    expect(decisionNeedsReason(decision)).toBe(needed);
  });
});

import { describe, expect, it } from 'vitest';
import { keepPresses, recallPresses } from './tally-memory';
import type { Press } from './use-tally-session';

const storage = () => {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  };
};

const PRESSES: Press[] = [
  {
    id: '0194f0a0-0000-7000-8000-000000000001',
    checkpoint: 'PE-SANTA-ROSA',
    booth: 'SR-01',
    nationality: 'VEN',
    direction: 'entry',
    category: 'woman',
  },
  {
    id: '0194f0a0-0000-7000-8000-000000000002',
    checkpoint: 'PE-SANTA-ROSA',
    booth: null,
    nationality: null,
    direction: 'exit',
    category: 'boy',
  },
];

describe('the tally session kept in the tab', () => {
  it('gives back the presses the same officer made before a reload', () => {
    const tab = storage();
    keepPresses(tab, 'oficial.santarosa', PRESSES);
    expect(recallPresses(tab, 'oficial.santarosa')).toEqual(PRESSES);
  });

  it("starts from none for another officer signed in on the tab, or for what is not a session's", () => {
    const tab = storage();
    expect(recallPresses(tab, 'oficial.santarosa')).toEqual([]);
    keepPresses(tab, 'oficial.santarosa', PRESSES);
    expect(recallPresses(tab, 'supervisor')).toEqual([]);
    for (const kept of ['{', '[]', '{"user":"oficial.santarosa","presses":[{"id":"x"}]}']) {
      tab.setItem('paso.tally.session', kept);
      expect(recallPresses(tab, 'oficial.santarosa')).toEqual([]);
    }
  });
});

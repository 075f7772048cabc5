// One tally as a line of an event file (JSON lines): event n at Santa Rosa, with whatever fields a
// test changes.
export const tallyLine = (n: number, fields: Readonly<Record<string, unknown>> = {}): string =>
  JSON.stringify({
    kind: 'tally',
    id: `00000000-0000-4000-9000-${n.toString().padStart(12, '0')}`,
    at: '2025-11-28T14:05:00Z',
    checkpoint: 'PE-SANTA-ROSA',
    direction: 'exit',
    category: 'girl',
    count: 3,
    ...fields,
  });

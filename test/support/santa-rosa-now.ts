// Events sent now to Santa Rosa, as its booths send them, for the browser tests of views that show
// today's figures on the real clock: seconds ago, never before Lima's midnight (UTC−05:00), so that a
// run just after midnight does not put its events on yesterday.

const limaDay = (ms: number) => new Date(ms - 5 * 3_600_000).toISOString().slice(0, 10);

export const secondsAgo = (s: number): string => {
  const now = Date.now();
  const at = limaDay(now - s * 1000) === limaDay(now) ? now - s * 1000 : now - s * 10;
  return new Date(at).toISOString();
};

/** An event as a booth at Santa Rosa sends it, `seconds` ago; `fields` may name its id. */
export const sent = (kind: string, booth: string, seconds: number, fields: Record<string, unknown>) => ({
  kind,
  id: crypto.randomUUID(),
  at: secondsAgo(seconds),
  checkpoint: 'PE-SANTA-ROSA',
  booth,
  ...fields,
});

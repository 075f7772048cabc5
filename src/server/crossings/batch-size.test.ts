// The largest batch POST /api/events takes, a thousand events, each with a note as long as a note
// may be: a booth's outbox after an outage is applied, not refused whole as too large (it was over
// the server's 1 MB default), on both databases.
import { describe, expect, it } from 'vitest';
import { as, eachTestApp } from '../../../test/support/app';
import { DIALECTS } from '../../../test/support/databases';
import { TEXT_LIMITS } from '../../api/common';

const ZONE = [
  'P<VENLARGA<<PERSONA<<<<<<<<<<<<<<<<<<<<<<<<<<',
  'L898902C36VEN9001017M3001011<<<<<<<<<<<<<<08',
].join('\n');

describe.each(DIALECTS)('a batch of the largest size, on %s', { timeout: 120_000 }, (dialect) => {
  const ctx = eachTestApp(dialect, ['officer']);

  it('applies a thousand crossings with the longest notes', async () => {
    const note = 'Niña acompañada por su señora, pidió protección; '
      .repeat(TEXT_LIMITS.note)
      .slice(0, TEXT_LIMITS.note);
    const events = Array.from({ length: 1000 }, (_, i) => ({
      kind: 'crossing',
      id: crypto.randomUUID(),
      at: '2025-11-27T14:00:00Z',
      checkpoint: 'PE-SANTA-ROSA',
      booth: 'SR-01',
      direction: 'entry',
      decision: 'refused',
      refusalGround: 'other',
      note,
      person: {
        givenNames: `María de los Ángeles ${i}`,
        surname1: 'Larga de la Peña',
        surname2: 'Fernández Núñez',
        birthDate: '1990',
        nationality: 'VEN',
      },
      // The zone as the reader typed it, kept with the document.
      document: { type: 'P', number: `L${100000 + i}`, issuingState: 'VEN', mrz: ZONE },
    }));
    const payload = JSON.stringify({ events });
    expect(Buffer.byteLength(payload)).toBeGreaterThan(1024 * 1024);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/events',
      headers: { ...as(ctx.officer), 'content-type': 'application/json' },
      payload,
    });
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const outcomes = response.json<{ outcomes: { status: string }[] }>().outcomes;
    expect(outcomes.filter((o) => o.status === 'applied')).toHaveLength(1000);
  });
});

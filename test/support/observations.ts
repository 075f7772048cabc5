// A count of a checkpoint's line, recorded through the API as an officer records it (docs/situation.md).
import type { FastifyInstance } from 'fastify';

export async function observeLine(
  app: FastifyInstance,
  headers: Record<string, string>,
  line: {
    readonly side: 'entry' | 'exit';
    readonly observedAt: string;
    readonly peopleWaiting: number;
    readonly id?: string;
  },
): Promise<void> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/situation/observations',
    headers,
    payload: { id: line.id ?? crypto.randomUUID(), checkpoint: 'PE-SANTA-ROSA', ...line },
  });
  if (response.statusCode !== 201)
    throw new Error(`observation refused: ${response.statusCode} ${response.body}`);
}

// The figures of who crossed, as the API answers them: the same cells `paso counts` prints.
import { z } from 'zod';
import { DIMENSIONS, type Dimension } from '../domain/crossings';
import { CheckpointCodeRead } from './common';

const LocalDate = z.iso.date();

// A comma list of known dimensions, empty items and spaces allowed: what the transform below takes.
const dimension = `\\s*(${DIMENSIONS.join('|')})?\\s*`;
const DIMENSION_LIST = `^${dimension}(,${dimension})*$`;

/** The dimensions a comma list names (empty items and spaces skipped) and the words that are none. */
export function readDimensionList(text: string): { dims: Dimension[]; unknown: string[] } {
  const words = text
    .split(',')
    .map((d) => d.trim())
    .filter((d) => d !== '');
  const isDimension = (d: string): d is Dimension => (DIMENSIONS as readonly string[]).includes(d);
  return { dims: words.filter(isDimension), unknown: words.filter((d) => !isDimension(d)) };
}

export const CountsQuery = z.strictObject({
  from: LocalDate.describe('The first local date counted; not after `to`.'),
  to: LocalDate.describe('The last local date counted, included.'),
  checkpoint: CheckpointCodeRead.optional().describe(
    'A checkpoint code, in any case; all checkpoints without it.',
  ),
  // A comma list of dimensions, e.g. "date,hour,direction".
  by: z
    .string()
    .meta({
      pattern: DIMENSION_LIST,
      description: `Dimensions to count by, comma-separated: ${DIMENSIONS.join(', ')}.`,
    })
    .default('')
    .transform((text, ctx) => {
      const { dims, unknown } = readDimensionList(text);
      if (unknown.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `unknown dimension(s): ${unknown.join(', ')}; use ${DIMENSIONS.join(', ')}`,
        });
        return z.NEVER;
      }
      return dims;
    }),
  recount: z.enum(['true', 'false']).optional(),
});

export const FigureRowSchema = z.object({
  dims: z.record(z.string(), z.string()),
  crossed: z.number().int(),
  refused: z.number().int(),
  held: z.number().int(),
});

export const CountsReply = z.object({
  from: z.string(),
  to: z.string(),
  by: z.array(z.string()),
  rows: z.array(FigureRowSchema),
});

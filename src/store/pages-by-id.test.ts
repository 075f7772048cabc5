import { describe, expect, it } from 'vitest';
import { pagesById } from './pages-by-id';

// A table of ids 'a'… read as the store reads it: ids after `after`, in order, at most `limit`.
function table(size: number) {
  const ids = Array.from({ length: size }, (_, i) => ({ id: String.fromCharCode(97 + i) }));
  const reads: string[] = [];
  const readPage = async (after: string, limit: number) => {
    reads.push(after);
    return ids.filter((r) => r.id > after).slice(0, limit);
  };
  return { readPage, reads };
}

async function collect<T>(pages: AsyncGenerator<T[]>): Promise<T[][]> {
  const out: T[][] = [];
  for await (const page of pages) out.push(page);
  return out;
}

describe('pagesById', () => {
  it.each([
    [0, 2, [], ['']],
    [3, 2, [['a', 'b'], ['c']], ['', 'b']],
    [
      4,
      2,
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      ['', 'b', 'd'],
    ],
  ])('reads %i rows %i at a time as pages after the last id', async (size, pageSize, pages, after) => {
    const { readPage, reads } = table(size);
    const read = await collect(pagesById(readPage, pageSize));
    expect(read.map((page) => page.map((r) => r.id))).toEqual(pages);
    expect(reads).toEqual(after);
  });
});

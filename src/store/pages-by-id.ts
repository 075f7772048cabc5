// Reads a large result page by page in order of its text id, each page after the last id of the one
// before, so that no result set holds the whole table (the matching index and screening read this way).

/** Yields the pages `readPage` answers, from the first id on, until a page comes back short. */
export async function* pagesById<Row extends { readonly id: string }>(
  readPage: (after: string, limit: number) => Promise<Row[]>,
  pageSize: number,
): AsyncGenerator<Row[]> {
  let after = '';
  for (;;) {
    const rows = await readPage(after, pageSize);
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]?.id ?? after;
    if (rows.length < pageSize) return;
  }
}

// A row field's edits: each hands the form the whole list anew, the other rows as they were.
import { describe, expect, it } from 'vitest';
import { rowEdits } from './rows-field';

type Row = { readonly key: string; readonly plate: string };
const ROWS: readonly Row[] = [
  { key: 'a', plate: 'ABC-123' },
  { key: 'b', plate: 'XYZ-9' },
];

const edited = (edit: (edits: ReturnType<typeof rowEdits<Row>>) => void) => {
  const lists: (readonly Row[])[] = [];
  edit(rowEdits(ROWS, (rows) => lists.push(rows)));
  return lists;
};

describe('rowEdits', () => {
  it('changes the fields of one row only', () => {
    expect(edited((e) => e.change(1, { plate: 'XYZ-10' }))).toEqual([
      [
        { key: 'a', plate: 'ABC-123' },
        { key: 'b', plate: 'XYZ-10' },
      ],
    ]);
  });

  it('adds a row at the end and removes one in place', () => {
    expect(edited((e) => e.add({ key: 'c', plate: '' }))).toEqual([[...ROWS, { key: 'c', plate: '' }]]);
    expect(edited((e) => e.remove(0))).toEqual([[{ key: 'b', plate: 'XYZ-9' }]]);
  });
});

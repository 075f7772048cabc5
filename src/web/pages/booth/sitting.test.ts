import { describe, expect, it } from 'vitest';
import { addMember, isFinished, newSitting, withOutcomes } from './sitting';

const ids = ['a1', 'g1', 'a2'];
const counter = () => {
  let n = 0;
  return () => ids[n++] ?? 'x';
};

describe('withOutcomes', () => {
  it("keeps what was applied and shows the server's issues beside the member it refused", () => {
    const next = counter();
    const sitting = addMember({ ...newSitting(next), current: 0 }, next());
    const after = withOutcomes(sitting, [
      { id: 'a1', index: 0, status: 'applied', screening: 'clear' },
      {
        id: 'a2',
        index: 1,
        status: 'problem',
        problem: {
          code: 'event.invalid',
          title: 'Invalid',
          detail: '',
          errors: [
            { path: 'person.birthDate', code: 'date.future', message: 'a birth date after the event' },
          ],
        },
      },
    ]);
    expect(after.issues).toEqual({ a2: [{ path: 'person.birthDate', code: 'date.future' }] });
    expect(after.current).toBe(1);
    expect(isFinished(after)).toBe(false);
    expect(isFinished(withOutcomes(after, [{ id: 'a2', index: 0, status: 'applied' }]))).toBe(true);
  });
});

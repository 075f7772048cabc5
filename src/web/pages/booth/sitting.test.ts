import { describe, expect, it } from 'vitest';
import { formatTd3, parseMrz } from '../../../domain/documents';
import { choiceOf } from './decision';
import { withField } from './member';
import {
  addMember,
  isFinished,
  newSitting,
  withChoice,
  withIssues,
  withMember,
  withNationalId,
  withOutcomes,
  withQueued,
  withRead,
} from './sitting';

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

describe('withMember', () => {
  const refused = () => {
    const sitting = newSitting(counter());
    return withIssues(sitting, {
      a1: [
        { path: 'person.birthDate', code: 'date.future' },
        { path: 'person.nationality', code: 'country.unknown' },
        { path: 'refusalGround', code: 'refusal.ground-required' },
      ],
    });
  };

  it('takes away the issue beside a field once the officer types that field again', () => {
    const after = withMember(refused(), 0, (m) => withField(m, 'birthDate', '15/06/1990'));
    expect(after.members[0]?.form.birthDate).toBe('15/06/1990');
    expect(after.issues.a1?.map((i) => i.path)).toEqual(['person.nationality', 'refusalGround']);
  });

  it('keeps every issue when nothing the issues are about changed', () => {
    const sitting = refused();
    const after = withMember(sitting, 0, (m) => withField(m, 'givenNames', 'ROSA'));
    expect(after.issues).toEqual(sitting.issues);
  });

  it("forgets the member's issues once each field they were about has changed", () => {
    const sitting = withIssues(newSitting(counter()), {
      a1: [{ path: 'person.birthDate', code: 'date.future' }],
    });
    const after = withMember(sitting, 0, (m) => withField(m, 'birthDate', '1990-06-15'));
    expect(after.issues).toEqual({});
  });
});

describe('withRead', () => {
  const TODAY = new Date('2025-11-27T12:00:00Z');
  const passport = (documentNumber: string, surname: string) => {
    const zone = formatTd3({
      documentCode: 'P',
      issuingState: 'VEN',
      surname,
      givenNames: 'NINO',
      documentNumber,
      nationality: 'VEN',
      birthDate: '2003-04-05',
      sex: 'M',
      expiryDate: '2031-01-01',
      optionalData: '',
      optionalData2: '',
    }).join('\n');
    const fields = parseMrz(zone, TODAY).fields;
    if (fields === null) throw new Error('the zone does not read');
    return { fields, zone, doubtful: [] };
  };
  const read = () => {
    const sitting = withRead(newSitting(counter()), passport('200300400', 'FUTURO'));
    return withMember(sitting, 0, (m) => withField(m, 'consent', true));
  };

  it('fills in the member being registered from a zone read', () => {
    const member = read().members[0];
    expect(member?.form).toMatchObject({ documentNumber: '200300400', surname1: 'FUTURO', consent: true });
  });

  it.each([
    ['emptied for a new reading', null],
    ['left reading as no zone', 'unreadable'],
  ] as const)('takes back what the zone filled in once the field is %s', (_, scan) => {
    const member = withRead(read(), scan).members[0];
    // The next person is never registered with the previous document; what the officer asked stays.
    expect(member?.zone).toBe('');
    expect(member?.form).toMatchObject({ documentNumber: '', surname1: '', givenNames: '', consent: true });
  });

  it('leaves alone a member typed by hand, and one already sent', () => {
    const typed = withMember(newSitting(counter()), 0, (m) => withField(m, 'surname1', 'Peña'));
    expect(withRead(typed, null)).toBe(typed);
    const sent = withQueued(read(), ['a1']);
    expect(withRead(sent, null)).toBe(sent);
    expect(withRead(sent, passport('111222333', 'OTRO'))).toBe(sent);
  });
});

describe('withNationalId', () => {
  const RUN = { idType: 'CL-RUN', normalized: '12345678-5' } as const;

  it('puts a number checked at the booth into the document fields of the member being registered', () => {
    const next = counter();
    const sitting = addMember(newSitting(next), next());
    const after = withNationalId(sitting, RUN);
    expect(after.members[1]?.form).toMatchObject({ documentType: 'CL-RUN', documentNumber: '12345678-5' });
    expect(after.members[0]).toBe(sitting.members[0]);
  });

  it('takes away the issue beside the number it replaces', () => {
    const sitting = withIssues(newSitting(counter()), {
      a1: [{ path: 'document.number', code: 'document.national-id' }],
    });
    expect(withNationalId(sitting, RUN).issues).toEqual({});
  });

  it('leaves alone a member already sent', () => {
    const sitting = withQueued(newSitting(counter()), ['a1']);
    expect(withNationalId(sitting, RUN)).toBe(sitting);
  });
});

describe('withChoice', () => {
  it('takes away "choose the ground" once the group’s refusal has one, not from a member’s own', () => {
    const ground = { path: 'refusalGround', code: 'refusal.ground-required' } as const;
    const sitting = withIssues(addMember(newSitting(counter()), 'a2'), { a1: [ground], a2: [ground] });
    const own = withMember(sitting, 1, (m) => ({ ...m, override: { ...choiceOf('refused'), reason: 'x' } }));
    expect(withChoice(own, choiceOf('refused')).issues).toEqual(own.issues);
    const chosen = withChoice(own, { ...choiceOf('refused'), refusalGround: 'public-order' });
    expect(chosen.issues).toEqual({ a2: [ground] });
    expect(withChoice(own, choiceOf('admitted')).issues).toEqual({ a2: [ground] });
  });

  it('takes away a member’s own "choose the ground" once they choose one', () => {
    const ground = { path: 'refusalGround', code: 'refusal.ground-required' } as const;
    const refusing = withMember(newSitting(counter()), 0, (m) => ({
      ...m,
      override: { ...choiceOf('refused'), reason: 'x' },
    }));
    const sitting = withIssues(refusing, { a1: [ground] });
    const after = withMember(sitting, 0, (m) => ({
      ...m,
      override: m.override && { ...m.override, refusalGround: 'entry-ban' },
    }));
    expect(after.issues).toEqual({});
  });

  it('takes the decision chosen, and away the issue that asked for one, and only that', () => {
    const sitting = withIssues(newSitting(counter()), {
      a1: [
        { path: 'decision', code: 'decision.required' },
        { path: 'person.nationality', code: 'country.unknown' },
      ],
      a2: [{ path: 'decision', code: 'decision.required' }],
    });
    const after = withChoice(sitting, choiceOf('admitted'));
    expect(after.choice?.decision).toBe('admitted');
    expect(after.issues).toEqual({ a1: [{ path: 'person.nationality', code: 'country.unknown' }] });
  });
});

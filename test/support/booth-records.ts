// A booth's offline shift as its outbox receives it: families registered through the booth's own
// sitting code (the reference person first, children travelling with an adult, some taken off a tally
// they were counted in), tally presses and their undos, and decision corrections, in the order made.
import type { PasoEvent } from '../../src/api/events';
import type { Decision } from '../../src/domain/crossings';
import { choiceOf, type Recommendation } from '../../src/web/pages/booth/decision';
import { type Member, newMember } from '../../src/web/pages/booth/member';
import { prepareSitting } from '../../src/web/pages/booth/sitting-events';

const ADMIT: Recommendation = {
  ok: true,
  value: {
    outcome: 'admit',
    ruleId: 'entry-valid-passport',
    legalBasis: 'Ley de Migraciones',
    description: 'Entrada',
    rulesetVersion: '1',
  },
};
const GIVEN = ['JOSE LUIS', 'MARIA', 'ANA', 'CARMEN', 'LUIS', 'ROSA', 'PEDRO', 'ELENA', 'JORGE', 'LUCIA'];
const SURNAMES = ['PEREZ', 'GOMEZ', 'ROJAS', 'SILVA', 'TORRES', 'DIAZ', 'MORALES', 'CASTRO', 'RIOS', 'VEGA'];
const CATEGORIES = ['man', 'woman', 'boy', 'girl'] as const;
const DECISIONS: readonly Decision[] = ['admitted', 'admitted', 'admitted', 'refused', 'held'];

/** The UTC time `minutes` after 13:00 on 2025-11-27 (08:00 at Santa Rosa). */
const minuteOf = (minutes: number) =>
  new Date(Date.parse('2025-11-27T13:00:00Z') + minutes * 60_000).toISOString();

function member(i: number, f: number, birthDate: string, relationship: Member['relationship']): Member {
  const base = newMember(crypto.randomUUID());
  return {
    ...base,
    form: {
      ...base.form,
      givenNames: GIVEN[(f + i) % GIVEN.length] ?? 'ANA',
      surname1: SURNAMES[f % SURNAMES.length] ?? 'ROJAS',
      surname2: SURNAMES[(f + 3) % SURNAMES.length] ?? 'DIAZ',
      sex: i === 1 ? 'F' : 'M',
      birthDate,
      nationality: 'VEN',
    },
    relationship,
  };
}

/**
 * `records` or a few more records, each inner array one submission to the outbox (a sitting is one,
 * a press is one): about a third crossings in families, the rest presses, undos and corrections.
 */
export function boothShift(records: number): PasoEvent[][] {
  const out: PasoEvent[][] = [];
  const presses: string[] = [];
  const crossings: string[] = [];
  let made = 0;
  for (let step = 0; made < records; step += 1) {
    const at = minuteOf(step % 600);
    const kind = step % 3;
    if (kind === 0) {
      const f = step / 3;
      const members = [member(0, f, `${1970 + (f % 30)}-03-14`, '')];
      if (f % 2 === 0) members.push(member(1, f, `${1972 + (f % 25)}-07-02`, 'spouse'));
      members.push(member(2, f, `${2012 + (f % 10)}-01-20`, 'child'));
      // Every fifth family's reference person had been counted in a tally press before.
      const counted = f % 5 === 0 ? presses.shift() : undefined;
      const reference = members[0];
      if (counted !== undefined && reference !== undefined) {
        members[0] = {
          ...reference,
          untally: { tallyId: counted, count: 1, correctionId: crypto.randomUUID() },
        };
      }
      const decision = DECISIONS[f % DECISIONS.length] ?? 'admitted';
      const place = {
        checkpoint: 'PE-SANTA-ROSA',
        booth: 'SR-01',
        direction: 'entry' as const,
        at,
        today: '2025-11-27',
        group: crypto.randomUUID(),
      };
      const plans = members.map((m) => ({
        member: m,
        recommendation: ADMIT,
        // The officer chooses a refusal's ground: none is chosen for them.
        choice: {
          ...choiceOf(decision),
          refusalGround: decision === 'refused' ? ('no-valid-document' as const) : ('' as const),
        },
        reason: decision === 'admitted' ? '' : 'Decisión de la caseta',
        followsGroup: true,
      }));
      const prepared = prepareSitting(plans, members, place);
      if (!prepared.ok) throw new Error(`a sitting did not prepare: ${JSON.stringify(prepared.issues)}`);
      const events = prepared.events.map((e) => ({ ...e, offline: true }));
      out.push(events);
      // Only a supervisor corrects a held crossing's decision: the booth corrects the others.
      if (decision !== 'held')
        crossings.push(...events.filter((e) => e.kind === 'crossing').map((e) => e.id));
      made += events.length;
    } else if (step % 17 === 0 && presses.length > 0) {
      // An undo voids the last press; a decision correction names what the device had seen: nothing.
      const last = presses.pop() as string;
      out.push([
        {
          kind: 'correction',
          id: crypto.randomUUID(),
          at,
          checkpoint: 'PE-SANTA-ROSA',
          booth: 'SR-01',
          corrects: last,
          void: true,
          offline: true,
        },
      ]);
      made += 1;
    } else if (step % 23 === 0 && crossings.length > 0) {
      const target = crossings[(step * 7) % crossings.length] as string;
      out.push([
        {
          kind: 'correction',
          id: crypto.randomUUID(),
          at,
          checkpoint: 'PE-SANTA-ROSA',
          booth: 'SR-01',
          corrects: target,
          seen: null,
          set: { decision: 'refused', refusalGround: 'no-valid-document', note: 'Documento vencido' },
          offline: true,
        },
      ]);
      made += 1;
    } else {
      const id = crypto.randomUUID();
      presses.push(id);
      out.push([
        {
          kind: 'tally',
          id,
          at,
          checkpoint: 'PE-SANTA-ROSA',
          booth: 'SR-01',
          direction: step % 11 === 0 ? 'exit' : 'entry',
          category: CATEGORIES[step % CATEGORIES.length] ?? 'man',
          nationality: 'VEN',
          count: 1,
          offline: true,
        },
      ]);
      made += 1;
    }
  }
  return out;
}

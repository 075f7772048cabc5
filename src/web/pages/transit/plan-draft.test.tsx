// Changing a convoy's plan in the app: the form opens on the times as its stops' clocks read them and
// the vehicles as they are, sends only what changed (a bus given another plate replaces the one it
// was, with its passengers), says before sending what the server would refuse, and says the server's
// refusals and the passes the new times revoked in Spanish and English.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { ConvoyDetail } from '../../api/transit-endpoints';
import { convoyEnds, type VehicleDraft } from './convoy-draft';
import { samplePassenger } from './passenger-samples';
import { PlanChange } from './plan-change';
import { type PlanDraft, planChangeOf, planDraftOf, planProblemText, planRefusal } from './plan-draft';
import { PlanForm } from './plan-form';

const i18n = testI18n({ interpolation: { escapeValue: false } });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-11-27T17:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

const stop = (code: string, name: string, timeZone: string) => ({
  code,
  name,
  latitude: 0,
  longitude: 0,
  timeZone,
});
// Leaving Chacalluta on Santiago's clock (UTC−3 in November), arriving at Tacna on Lima's (UTC−5).
const DETAIL = {
  convoy: {
    id: '0d0f0000-0000-4000-8000-000000000009',
    code: 'CONVOY-002',
    status: 'planned',
    plannedDeparture: '2025-11-28T11:00:00.000Z',
    plannedArrival: '2025-11-28T15:30:00.000Z',
    departureTimeZone: 'America/Santiago',
    arrivalTimeZone: 'America/Lima',
    vehicles: [
      { plate: 'BUS-1', kind: 'bus', seats: 2 },
      { plate: 'VAN-1', kind: 'van', seats: 8 },
    ],
  },
  corridor: {
    stops: [stop('CHACALLUTA', 'Chacalluta', 'America/Santiago'), stop('TACNA', 'Tacna', 'America/Lima')],
  },
  manifest: [
    samplePassenger(1, 'Lucía', '1990-05-06', 'listed'),
    samplePassenger(2, 'Ana', '2016-03-01', 'listed'),
  ],
} as unknown as ConvoyDetail;
const ENDS = convoyEnds(DETAIL.corridor);

const changeOf = (patch: Partial<PlanDraft>) => {
  if (ENDS === null) throw new Error('the corridor has stops');
  return planChangeOf({ ...planDraftOf(DETAIL), ...patch }, DETAIL, ENDS);
};
const vehicles = planDraftOf(DETAIL).vehicles;
const BUS: VehicleDraft = { key: 'BUS-1', plate: 'BUS-1', kind: 'bus', seats: '2', was: 'BUS-1' };
const VAN: VehicleDraft = { key: 'VAN-1', plate: 'VAN-1', kind: 'van', seats: '8', was: 'VAN-1' };

describe("a convoy's plan opened for a change", () => {
  it("shows each time on its stop's clock, and each vehicle as it is", () => {
    expect(planDraftOf(DETAIL)).toEqual({
      departure: '2025-11-28T08:00',
      departureRepeat: '',
      arrival: '2025-11-28T10:30',
      arrivalRepeat: '',
      vehicles: [BUS, VAN],
    });
  });

  it('sends nothing when nothing changed, and only the departure when only it did', () => {
    expect(changeOf({})).toBeNull();
    expect(changeOf({ departure: '2025-11-28T10:00' })).toEqual({
      plannedDeparture: '2025-11-28T13:00:00.000Z',
    });
  });

  it('sends a vehicle given another plate as replacing the one it was', () => {
    const replaced = vehicles.map((v, i) => (i === 0 ? { ...v, plate: 'BUS-77', seats: '44' } : v));
    expect(changeOf({ vehicles: replaced })).toEqual({
      vehicles: [
        { plate: 'BUS-77', kind: 'bus', seats: 44, replaces: 'BUS-1' },
        { plate: 'VAN-1', kind: 'van', seats: 8 },
      ],
    });
  });

  it.each([
    ['a bus taken away with its two passengers', [VAN], 'plan.vehicle-seated'],
    ['fewer seats than its passengers', [{ ...BUS, seats: '1' }, VAN], 'plan.over-seats'],
  ])('finds before sending %s, as the server would', (_, changed, code) => {
    const change = changeOf({ vehicles: changed });
    expect(change && planRefusal(change, DETAIL)).toBe(code);
  });
});

async function html(node: React.ReactNode, lng: 'es' | 'en'): Promise<string> {
  await i18n.changeLanguage(lng);
  return renderToStaticMarkup(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
}

describe('the words of a change of plan', () => {
  it.each([
    [
      'es',
      'Los pases ya emitidos siguen valiendo mientras cubran el nuevo horario',
      'Salida prevista de Chacalluta',
    ],
    [
      'en',
      'Passes already issued stay valid while they cover the new times',
      'Planned departure from Chacalluta',
    ],
  ] as const)(
    'opens the form with the rule of the passes and the times as they are (%s)',
    async (lng, rule, label) => {
      const markup = await html(
        <PlanForm detail={DETAIL} onSaved={() => undefined} onCancel={() => undefined} />,
        lng,
      );
      expect(markup).toContain(rule);
      expect(markup).toContain(label);
      expect(markup).toContain('value="28/11/2025 08:00"');
      expect(markup).toContain('value="BUS-1"');
    },
  );

  it.each([
    ['es', 'transit.not-changeable', undefined, 'El convoy ya salió, llegó o fue cancelado'],
    ['en', 'transit.not-changeable', undefined, 'The convoy has left, arrived or was cancelled'],
    ['es', 'transit.vehicles', 'plan.vehicle-seated', 'Un vehículo que se quita lleva pasajeros'],
    ['en', 'transit.vehicles', 'plan.over-seats', 'A vehicle would have fewer seats than the passengers'],
  ] as const)('says the refusal %s (%s) in its language', async (lng, code, reason, words) => {
    await i18n.changeLanguage(lng);
    const problem = { type: '', title: '', status: 409, code, errors: [], ...(reason && { reason }) };
    expect(planProblemText(problem, i18n.t)).toContain(words);
  });

  it('offers the change to whoever may make it, with nothing said before it is made', async () => {
    const markup = await html(
      <PlanChange detail={DETAIL} mayIssuePasses onChanged={() => undefined} />,
      'es',
    );
    expect(markup).toContain('Cambiar horario o vehículos');
    expect(markup).not.toContain('data-testid="plan-changed"');
  });
});

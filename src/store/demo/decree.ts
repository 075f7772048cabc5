// The demo's emergency decree: the reference case's declaration for the Tacna border districts, with
// its dates moved so that it is in force whenever the demo is started. Its number, title, zones,
// rights and measures follow the press reports of D.S. N.° 135-2025-PCM (approved 28 November 2025,
// 60 calendar days, districts of Palca, Tacna and La Yarada–Los Palos); the dates, the unit names and
// any extension the demo adds are illustrative, not the official record.
import { randomUUID } from 'node:crypto';
import { addDays, ancestorsOf, decreeInForce as inForceAt, localDate } from '../../domain/decrees';
import { appendAudit } from '../audit';
import { findDecree, insertDecree, listDecrees } from '../decrees';
import type { Executor } from '../executor';

export const DEMO_DECREE_ID = '5a7a0000-0000-4000-8000-0000000000d1';

const DAY_MS = 86_400_000;
const ZONE = 'America/Lima';
// As the demo document policy: declared five days before the demo's today, in force for sixty days.
const DAYS_BEFORE = 5;
const DAYS_IN_FORCE = 60;

const CONTENT = {
  title:
    'Declaran el Estado de Emergencia en los distritos de Palca, Tacna y La Yarada–Los Palos de la provincia y departamento de Tacna (demostración: fechas desplazadas)',
  legalBasis:
    'Constitución Política del Perú, art. 137, num. 1; Ley N.° 29158, Ley Orgánica del Poder Ejecutivo',
  timeZone: ZONE,
  checkpoints: ['PE-SANTA-ROSA'],
  areas: [
    { kind: 'district', name: 'Palca' },
    { kind: 'district', name: 'Tacna' },
    { kind: 'district', name: 'La Yarada–Los Palos' },
  ],
  rightsSuspended: [
    'personal-liberty-security',
    'home-inviolability',
    'freedom-of-assembly',
    'freedom-of-movement',
  ],
  measures: [
    'La Policía Nacional mantiene el control del orden interno con el apoyo de las Fuerzas Armadas',
    'Patrullaje motorizado permanente en la línea de frontera con Chile',
    'Intervención de quienes crucen por zonas no habilitadas',
    'Control de identidad ampliado en el Complejo Fronterizo Santa Rosa',
    'Monitoreo aéreo con drones',
    'Actividades masivas solo con autorización previa',
  ],
  units: [
    {
      name: 'Policía Nacional del Perú — Región Policial Tacna (ilustrativo)',
      force: 'police',
      tasks: ['Control del orden interno', 'Control de identidad en el complejo fronterizo'],
    },
    {
      name: 'Fuerzas Armadas — Ejército del Perú (ilustrativo)',
      force: 'armed-forces',
      tasks: ['Apoyo a la Policía Nacional', 'Patrullaje de la línea de frontera'],
    },
  ],
} as const;

export async function seedDemoDecree(db: Executor, at: string): Promise<void> {
  const startsOn = localDate(Date.parse(at) - DAYS_BEFORE * DAY_MS, ZONE);
  await insertDecree(
    db,
    {
      id: DEMO_DECREE_ID,
      extends: null,
      number: 'D.S. N.° 135-2025-PCM',
      issuedOn: addDays(startsOn, -1),
      publishedOn: addDays(startsOn, -1),
      startsOn,
      endsOn: addDays(startsOn, DAYS_IN_FORCE - 1),
      ...CONTENT,
    },
    { by: null, at, demo: true },
  );
}

/**
 * On a demo start: when the demo decree (or its last extension) has ended and nobody else recorded a
 * decree for Santa Rosa, an illustrative extension carries it to fifty-five days from today.
 */
export async function refreshDemoDecree(db: Executor, now: Date): Promise<boolean> {
  if (!(await findDecree(db, DEMO_DECREE_ID))) return false;
  const register = await listDecrees(db);
  if (inForceAt(register, 'PE-SANTA-ROSA', now.getTime()) !== null) return false;
  const chain = register.filter(
    (d) => d.id === DEMO_DECREE_ID || ancestorsOf(d, register).some((a) => a.id === DEMO_DECREE_ID),
  );
  const last = chain.sort((a, b) => a.endsOn.localeCompare(b.endsOn)).at(-1);
  if (!last || register.some((d) => !chain.includes(d) && d.checkpoints.includes('PE-SANTA-ROSA')))
    return false;
  const today = localDate(now.getTime(), ZONE);
  const id = randomUUID();
  const at = now.toISOString();
  await db.transaction().execute(async (tx) => {
    await insertDecree(
      tx,
      {
        id,
        extends: last.id,
        number: `D.S. N.° 0XX-${today.slice(0, 4)}-PCM (prórroga ilustrativa)`,
        issuedOn: last.endsOn,
        publishedOn: last.endsOn,
        startsOn: addDays(last.endsOn, 1),
        endsOn: addDays(today, DAYS_IN_FORCE - DAYS_BEFORE - 1),
        ...CONTENT,
        title: 'Prorrogan el Estado de Emergencia en distritos de la provincia de Tacna (demostración)',
      },
      { by: null, at, demo: true },
    );
    await appendAudit(tx, {
      at,
      actorId: null,
      actorUsername: 'system',
      action: 'demo.extend-decree',
      entityType: 'decree',
      entityId: id,
    });
  });
  return true;
}

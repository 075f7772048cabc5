// Families at check-in, in Chromium: a member who did not consent is left out explicitly, named and
// said why; a person checked out of one shelter is checked in alone at another while their family
// stays, each relative's shelter named; and the bed kind offered first is one the shelter has.
import { describe, expect, it } from 'vitest';
import type { EventInput } from '../../src/domain/crossings';
import { applyEvents, loadPlaces } from '../../src/store/crossings';
import { DEMO_SHELTERS, DEMO_USERS } from '../../src/store/demo';
import { transitCrossing } from '../support/transit-crossings';
import { browserSuite } from '../support/web-server';

const COLISEO = DEMO_SHELTERS[0];
const CASA = DEMO_SHELTERS[1]?.id ?? '';
const COLLASUYO = DEMO_SHELTERS[2]?.id ?? '';
const MIXED = 'd0000000-0000-4000-8000-0000000000a1';
const MOVING = 'd0000000-0000-4000-8000-0000000000a2';

const member = (n: number, givenNames: string, surname1: string, group: string, consent = true) =>
  transitCrossing(
    `d0000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    '2025-11-27T14:00:00Z',
    { givenNames, surname1, sex: 'F', birthDate: '1990-05-01', nationality: 'VEN' },
    { group, consent },
  ) as EventInput;

describe('families at check-in in Chromium', { timeout: 120_000 }, () => {
  const suite = browserSuite();

  it('leaves out who did not consent, checks in one relative alone elsewhere, and offers beds there are', async () => {
    const db = suite.server.t.db.kysely;
    await applyEvents(
      db,
      [
        member(1, 'Rosa', 'Mixta', MIXED),
        member(2, 'Pedro', 'Mixta', MIXED, false),
        member(3, 'Ana', 'Mudanza', MOVING),
        member(4, 'Beto', 'Mudanza', MOVING),
        member(5, 'Cora', 'Mudanza', MOVING),
      ],
      {
        places: await loadPlaces(db),
        recordedBy: DEMO_USERS[0]?.id ?? null,
        now: '2025-11-27T14:30:00.000Z',
        newId: () => crypto.randomUUID(),
        mayResolveHolds: true,
      },
    );
    const errors: string[] = [];
    const page = await suite.logIn('humanitario', errors);
    const search = async (q: string) => {
      await page.getByLabel('Buscar por nombre').fill(q);
      await page.getByRole('button', { name: 'Buscar', exact: true }).click();
    };
    await page.goto(`${suite.server.url}/care/shelter?shelter=${COLISEO?.id ?? ''}`);

    // Pedro did not consent: not named to the humanitarian side, unticked, and said why; Rosa is
    // checked in alone, on purpose.
    await search('Rosa Mixta');
    const members = page.getByTestId('family-members');
    await members.getByText('No dio su consentimiento: queda fuera').waitFor();
    expect(await members.textContent()).not.toContain('Pedro');
    const pedro = members.getByLabel(/Un familiar/);
    expect(await pedro.isChecked()).toBe(false);
    expect(await pedro.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Registrar ingreso solo de Rosa Mixta, sin su familia' }).click();
    await page.getByText('Se registró el ingreso de Rosa Mixta.').waitFor();

    // The Mudanza family checks in together; Beto leaves, and goes to another shelter alone.
    await search('Beto Mudanza');
    await page.getByRole('button', { name: 'Registrar ingreso de Beto Mudanza y su familia' }).click();
    await page.getByText('Se registró el ingreso de Beto Mudanza y su familia (3 personas).').waitFor();
    await page.getByRole('button', { name: /^Registrar salida de Beto Mudanza/ }).click();
    await page.getByRole('button', { name: /^Sí, registrar la salida de Beto Mudanza/ }).click();
    await page.getByText(/^Se registró la salida de Beto Mudanza/).waitFor();
    await page.goto(`${suite.server.url}/care/shelter?shelter=${CASA}`);
    await search('Mudanza');
    const candidates = page.getByTestId('candidates');
    await expect
      .poll(() => candidates.getByText(`Ya está en ${COLISEO?.name ?? ''}`).count())
      .toBeGreaterThanOrEqual(4);
    await page
      .getByRole('button', { name: 'Registrar ingreso solo de Beto Mudanza, sin su familia' })
      .click();
    await page.getByText('Se registró el ingreso de Beto Mudanza.').waitFor();

    // Collasuyo has no family beds: general ones are offered first.
    await page.goto(`${suite.server.url}/care/shelter?shelter=${COLLASUYO}`);
    await expect.poll(() => page.getByLabel('Tipo de cama', { exact: true }).inputValue()).toBe('general');
    expect(errors).toEqual([]);
  });
});

// A part of a page whose code cannot be fetched (a server updated since the page was opened, a device
// offline before the app was kept on it) says so in its place, and the rest of the page and the
// navigation stay usable: here the corridor map of a convoy and the situation map, with their code
// refused by the network. The service worker is off, so that the network alone decides.
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../support/web-server';

describe('a part of a page that cannot be loaded', { timeout: 120_000 }, () => {
  const suite = browserSuite({ serviceWorkers: 'block' });

  it('says so in its place, and the rest of the page stays', async () => {
    const errors: string[] = [];
    const page = await suite.logIn('humanitario', errors);
    await page.route(/\/assets\/(corridor-map|situation-map)-[^/]*\.js$/, (route) => route.abort());

    await page.goto(`${suite.server.url}/transit`);
    await page.getByRole('link', { name: 'CONVOY-001' }).click();
    const route = page.getByTestId('convoy-route');
    await route.getByTestId('failed-map').waitFor();
    expect(await route.getByTestId('failed-map').textContent()).toContain('El mapa no se pudo cargar');
    // The route in words, the manifest and the navigation are still there.
    expect(await route.getByTestId('route-now').textContent()).toMatch(/^Todavía no salió de /);
    await page.getByRole('heading', { name: 'Manifiesto por vehículo' }).waitFor();
    expect(await page.getByTestId('failed-page').count()).toBe(0);

    // Another page with a map that cannot load, reached through the navigation, which still works.
    await page.getByRole('link', { name: 'Mapa', exact: true }).click();
    await page.getByTestId('failed-map').waitFor();
    await page.getByRole('button', { name: 'Volver a cargar la página' }).waitFor();
    // Once the network gives the code again, reloading brings the map.
    await page.unroute(/\/assets\/(corridor-map|situation-map)-[^/]*\.js$/);
    await page.getByRole('button', { name: 'Volver a cargar la página' }).click();
    await page.getByTestId('situation-map').waitFor();
    expect(await page.getByTestId('failed-map').count()).toBe(0);
    // What the console said is the refused code, nothing else.
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors)
      expect(e).toMatch(
        /corridor-map|situation-map|Failed to load resource|dynamically imported module|net::ERR_FAILED/,
      );
  });
});

// The status line at the booth and in tally mode says what the device holds, in words: never that
// every record is on the server while some the server refused are still here, and never "online"
// while no server answers.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { testI18n } from '../../../test/support/i18n';
import { CLIENT_CODES, clientProblem } from '../api/problem';
import { OfflineStatusView } from './offline-status';
import type { SyncState } from './sync';
import { idOf, tally } from './test-events';

// The export button, shown while records are kept, names the signed-in officer's file.
vi.mock('../session/session', () => ({ useUser: () => ({ username: 'oficial.santarosa' }) }));

const SYNCED: SyncState = {
  online: true,
  waiting: 0,
  othersWaiting: [],
  refused: [],
  ahead: [],
  setAside: [],
  heldLater: [],
  sending: false,
  lastSync: '2026-04-04T17:31:00.000Z',
  problem: null,
  serverUnreachable: false,
};

const refused = (n: number) => ({
  id: idOf(n),
  seq: n,
  event: tally(n),
  refusal: { code: 'event.in-future', title: 'Future', detail: '', errors: [] },
});

const render = (state: Partial<SyncState>, lng = 'es', clockOffset: number | null = 1_000) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={testI18n({ lng })}>
      <OfflineStatusView state={{ ...SYNCED, ...state }} clockOffset={clockOffset} timeZone="America/Lima" />
    </I18nextProvider>,
  );

/** The words of the status line's waiting part. */
const waitingWords = (html: string) => /data-testid="offline-waiting">([^<]*)</.exec(html)?.[1];
const networkWords = (html: string) => /data-testid="offline-network">([^<]*)</.exec(html)?.[1];

describe('the sync status line', () => {
  it('says every record is on the server only when none is left on the device', () => {
    expect(waitingWords(render({}))).toBe('Todos los registros están en el servidor.');
    expect(waitingWords(render({ refused: [refused(1), refused(2)] }))).toBe(
      'Ningún registro espera su envío, pero el servidor rechazó 2: siguen en este equipo.',
    );
    // Set aside, they are still on the device and not on the server.
    expect(waitingWords(render({ setAside: [{ ...refused(1), setAsideAt: SYNCED.lastSync ?? '' }] }))).toBe(
      'Ningún registro espera su envío, pero el servidor rechazó 1: sigue en este equipo.',
    );
    expect(waitingWords(render({ refused: [refused(1)] }, 'en'))).toBe(
      'No record waits to be sent, but the server refused 1: it stays on this device.',
    );
    expect(waitingWords(render({ waiting: 3, refused: [refused(1)] }))).toBe('3 registros esperan su envío.');
  });

  it('says there is no server, and what works offline, when sends find none while the browser is online', () => {
    const html = render({
      waiting: 2,
      serverUnreachable: true,
      problem: clientProblem(CLIENT_CODES.network),
    });
    expect(networkWords(html)).toBe('Sin conexión con el servidor');
    expect(html).toContain('data-testid="offline-scope"');
    expect(networkWords(render({}))).toBe('En línea');
    expect(render({})).not.toContain('data-testid="offline-scope"');
    expect(networkWords(render({ online: false }))).toBe('Sin conexión');
  });

  it("warns of a device clock hours from the server's, ahead or behind, and not of a second or two", () => {
    const clock = (offset: number | null, lng = 'es') =>
      /data-testid="offline-clock">([^<]*)</.exec(render({}, lng, offset))?.[1]?.replaceAll('&#x27;', "'");
    expect(clock(3 * 3_600_000 + 5 * 60_000)).toBe(
      'El reloj de este equipo va 3 h 5 min adelantado respecto del servidor. Los registros llevan la hora del equipo, y el servidor rechaza los que quedan más de 5 minutos por delante de la suya: corrija la fecha, la hora y la zona horaria del equipo antes de seguir.',
    );
    expect(clock(-2 * 3_600_000, 'en')).toBe(
      "This device's clock is 2 h behind the server's. Records carry the device's time and would be counted in hours that are not theirs: set the device's date, time and time zone right before going on.",
    );
    expect(clock(-12 * 60_000)).toContain('va 12 min atrasado');
    expect(clock(1_500)).toBeUndefined();
    expect(clock(null)).toBeUndefined();
  });

  it('says the records dated after the server clock wait and go by themselves, from when, and what to do', () => {
    // Made 3 hours ahead: the server takes them from their time less its 5 minutes (and a minute more).
    const ahead = (n: number, at: string) => ({ ...refused(n), event: { ...tally(n), at } });
    const html = render({
      waiting: 2,
      ahead: [ahead(1, '2026-04-04T20:30:00Z'), ahead(2, '2026-04-04T21:00:00Z')],
    });
    const words = /data-testid="offline-ahead"[^>]*>(.*?)<\/div>/.exec(html)?.[1]?.replace(/<[^>]+>/g, ' ');
    expect(words).toContain(
      '2 registros llevan una hora posterior a la del servidor: el reloj de este equipo iba adelantado cuando se hicieron, y el servidor aún no los acepta.',
    );
    expect(words).toContain(
      'el primero a partir del 4 abr 2026, 15:26 GMT-5, el último a partir del 4 abr 2026, 15:56 GMT-5.',
    );
    expect(words).toContain(
      'No hace falta hacer nada con ellos ni volver a registrarlos: se contarían dos veces.',
    );
    // They wait to be sent: not refused, and not on the server.
    expect(waitingWords(html)).toBe('2 registros esperan su envío.');
    expect(html).not.toContain('data-testid="offline-refused"');
    const one = render({ waiting: 1, ahead: [ahead(1, '2026-04-04T20:30:00Z')] }, 'en');
    expect(one.replaceAll('&#x27;', "'")).toContain(
      "is sent by itself once the server's clock reaches its time, from 4 Apr 2026, 15:26 GMT-5.",
    );
  });
});

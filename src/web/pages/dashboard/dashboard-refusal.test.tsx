// The dashboard opened at an address the server refuses: a stale link's checkpoint or a day to come
// is said in words with the way back, never shown as a quiet day of zeros.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { ApiProblem } from '../../api/problem';
import { type DashboardRefusal, DashboardRefused, dashboardRefusal } from './dashboard-refusal';

const i18n = testI18n({ interpolation: { escapeValue: false } });

const problem = (code: string, paths: readonly string[]): ApiProblem => ({
  type: `https://paso.example/problems/${code}`,
  title: 'The request is not valid',
  status: 400,
  code,
  errors: paths.map((path) => ({ path, message: 'refused' })),
});

const html = (refusal: DashboardRefusal, lng = 'es', date = '2026-12-10') => {
  void i18n.changeLanguage(lng);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <DashboardRefused
        refusal={refusal}
        checkpoint="NOPE"
        date={date}
        onAllCheckpoints={() => undefined}
        onToday={() => undefined}
      />
    </I18nextProvider>,
  );
};

describe('dashboardRefusal', () => {
  it.each([
    [problem('validation', ['querystring.checkpoint']), 'unknown-checkpoint'],
    [problem('validation', ['querystring.date']), 'day-to-come'],
    [problem('validation', ['querystring.days']), null],
    [problem('auth.forbidden', []), null],
    [problem('client.network', []), null],
  ] as const)('reads which part of the address was refused (%#)', (given, refusal) => {
    expect(dashboardRefusal(given)).toBe(refusal);
  });
});

describe('DashboardRefused', () => {
  it('says a checkpoint no one has in words, and offers all checkpoints', () => {
    const markup = html('unknown-checkpoint');
    expect(markup).toContain('Ningún puesto de control tiene el código «NOPE»');
    expect(markup).toContain('>Ver todos los puestos</button>');
    expect(html('unknown-checkpoint', 'en')).toContain('>Show all checkpoints</button>');
  });

  it('says a day to come has not come, and offers today', () => {
    const markup = html('day-to-come');
    expect(markup).toContain('El 10 dic 2026 aún no llega');
    expect(markup).toContain('>Ver hoy</button>');
    expect(markup).not.toContain('No hubo cruces');
    expect(html('day-to-come', 'en')).toContain('has not come yet');
  });

  it('says a day in the address that is no date, and offers today rather than show it', () => {
    const markup = html('day-unread', 'es', '2026-02-31');
    expect(markup).toContain('La dirección pide el día «2026-02-31», que no es una fecha del calendario');
    expect(markup).toContain('>Ver hoy</button>');
    expect(html('day-unread', 'en', 'banana')).toContain('“banana”, which is not a calendar date');
  });
});

// The verdict after register-and-decide, in Spanish and English: an admission reads as one, a refusal
// reads as a refusal with its ground in words (never a code) on a danger notice, and a hold — chosen by
// the officer or asked for by screening — reads as a wait for a supervisor on a warning notice.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { santaRosa } from '../../../../test/support/web-samples';
import type { Decision, RefusalGround } from '../../../domain/crossings';
import type { EventOutcome } from '../../api/types';
import { choiceOf } from './decision';
import { newMember } from './member';
import { SittingResult } from './sitting-result';

// The sync loop lives in the browser (IndexedDB, online events): nothing here waits on it. The records
// it keeps as dated after the server's clock are `sync.ahead`.
const sync = vi.hoisted(() => ({ ahead: [] as { id: string }[] }));
vi.mock('../../offline/use-sync', () => ({ useSyncState: () => sync }));
vi.mock('../../offline/instance', () => ({ getSync: () => ({ outcomeOf: () => undefined }) }));

const i18n = testI18n();

const ID = '00000000-0000-4000-8000-000000000001';
const applied = (screening: 'clear' | 'hold'): EventOutcome => ({
  id: ID,
  index: 0,
  status: 'applied',
  screening,
});

const SANTA_ROSA = santaRosa();

/** The markup of one member's result at Santa Rosa, as an officer or a supervisor sees it. */
function markupAt(decision: Decision, mayDecideHeld: boolean, members = [newMember(ID)]): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <SittingResult
        members={members}
        choices={members.map(() => choiceOf(decision))}
        outcomes={Object.fromEntries(members.map((m) => [m.id, applied('clear')]))}
        queued={[]}
        checkpoint={SANTA_ROSA}
        checkpoints={[SANTA_ROSA]}
        boothCode="SR-01"
        mayDecideHeld={mayDecideHeld}
      />
    </I18nextProvider>,
  );
}

async function render(
  language: 'es' | 'en',
  decision: Decision,
  screening: 'clear' | 'hold' = 'clear',
  ground: RefusalGround | '' = '',
) {
  await i18n.changeLanguage(language);
  const choice = ground === '' ? choiceOf(decision) : { ...choiceOf(decision), refusalGround: ground };
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <SittingResult
        members={[newMember(ID)]}
        choices={[choice]}
        outcomes={{ [ID]: applied(screening) }}
        queued={[]}
        checkpoint={null}
        checkpoints={[]}
        boothCode=""
      />
    </I18nextProvider>,
  );
  const status = /<(?:p|div) class="([^"]*registration-status[^"]*)"[^>]*>(.*?)<\/(?:p|div)><\/li>/s.exec(
    html,
  );
  const text = (status?.[2] ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { classes: (status?.[1] ?? '').split(' '), text };
}

describe('the verdict at the booth', () => {
  it.each([
    ['es', 'Admisión registrada'],
    ['en', 'Admitted'],
  ] as const)('says an admission in %s on a success notice', async (language, words) => {
    const { classes, text } = await render(language, 'admitted');
    expect(classes).toContain('notice-ok');
    expect(text).toContain(words);
  });

  it.each([
    ['es', 'Rechazo registrado', 'Motivo del rechazo: Documento falso o alterado'],
    ['en', 'Refused', 'Ground for refusal: False or altered document'],
  ] as const)(
    'says a refusal in %s with its ground in words, on a danger notice',
    async (language, words, ground) => {
      const { classes, text } = await render(language, 'refused', 'clear', 'false-document');
      expect(classes).toContain('notice-error');
      expect(classes).not.toContain('notice-ok');
      expect(text).toContain(words);
      expect(text).toContain(ground);
      expect(text).not.toContain('false-document');
    },
  );

  it.each([
    ['es', 'espera la decisión de un supervisor'],
    ['en', 'waiting for a supervisor'],
  ] as const)(
    'says a hold the officer chose in %s as a wait for a supervisor, on a warning notice',
    async (language, words) => {
      const { classes, text } = await render(language, 'held');
      expect(classes).toContain('notice-warning');
      expect(classes).not.toContain('notice-ok');
      expect(text).toContain(words);
    },
  );

  it('says a screening hold as a wait for a supervisor whatever the officer decided, and never why', async () => {
    const { classes, text } = await render('es', 'admitted', 'hold');
    expect(classes).toContain('notice-warning');
    expect(text).toContain('espera la decisión de un supervisor');
    expect(text).not.toMatch(/Admisión|lista|coincid/i);
  });
});

describe('changing a decision at the booth', () => {
  it('offers an officer to correct an admission but not a hold, which only a supervisor decides', async () => {
    await i18n.changeLanguage('es');
    expect(markupAt('admitted', false)).toContain('Corregir la decisión');
    expect(markupAt('held', false)).not.toContain('Corregir la decisión');
    expect(markupAt('held', true)).toContain('Corregir la decisión');
  });
});

describe('a group’s results', () => {
  it('names whose decision each "Corregir la decisión" button corrects, for screen readers', async () => {
    await i18n.changeLanguage('es');
    const named = (id: string, givenNames: string, surname1: string) => {
      const m = newMember(id);
      return { ...m, form: { ...m.form, givenNames, surname1 } };
    };
    const members = [named(ID, 'MARIA', 'LOPEZ'), named('b2', 'TOMAS', 'LOPEZ')];
    const html = markupAt('admitted', false, members);
    const buttons = [...html.matchAll(/<button[^>]*>(.*?)<\/button>/g)]
      .map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''))
      .filter((text) => text.startsWith('Corregir la decisión'));
    expect(buttons).toEqual(['Corregir la decisión (MARIA LOPEZ)', 'Corregir la decisión (TOMAS LOPEZ)']);
  });
});

describe('a record the server does not take yet', () => {
  it('says it waits for the server clock, is sent by itself and must not be registered again', async () => {
    await i18n.changeLanguage('es');
    const queued = (ahead: boolean) => {
      sync.ahead = ahead ? [{ id: ID }] : [];
      return renderToStaticMarkup(
        <I18nextProvider i18n={i18n}>
          <SittingResult
            members={[newMember(ID)]}
            choices={[choiceOf('admitted')]}
            outcomes={{}}
            queued={[ID]}
            checkpoint={SANTA_ROSA}
            checkpoints={[SANTA_ROSA]}
            boothCode="SR-01"
          />
        </I18nextProvider>,
      );
    };
    expect(queued(true)).toContain(
      'El servidor aún no acepta este registro: lleva una hora posterior a la suya, porque el reloj de este equipo va adelantado. Sigue guardado en este equipo y se enviará solo; el estado de arriba dice cuándo. No lo registre otra vez.',
    );
    expect(queued(true)).not.toContain('cuando haya conexión');
    expect(queued(false)).not.toContain('data-testid="registration-ahead"');
    sync.ahead = [];
  });
});

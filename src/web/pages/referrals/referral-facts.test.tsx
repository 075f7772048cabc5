// A case card heads a referral or a held case with the person's name (or says there is none) and
// its state, and hands the name on to the card's body (the forms name the person they act on).
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { EventPerson, Referral } from '../../api/views-endpoints';
import { CaseCard, ReferralFacts } from './referral-facts';

const i18n = testI18n();

const person = (givenNames: string, surname1: string): EventPerson => ({
  givenNames,
  surname1,
  surname2: null,
  sex: 'F',
  birthDate: null,
  nationality: 'VEN',
  age: 12,
});

function html(p: EventPerson, warning: boolean): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <CaseCard
        titleId="referral-1"
        person={p}
        heading="h2"
        className="panel referral"
        testId="referral"
        data={{ 'data-referral': '1' }}
        tag={{ label: 'Abierta', warning }}
      >
        {(name) => <p>para {name}</p>}
      </CaseCard>
    </I18nextProvider>,
  );
}

describe('CaseCard', () => {
  it('labels the card by the person named in its heading, with the state beside it', () => {
    expect(html(person('Ana', 'Pérez'), true)).toBe(
      '<article class="panel referral" aria-labelledby="referral-1" data-testid="referral" data-referral="1">' +
        '<header class="referral-header"><h2 id="referral-1">Ana Pérez</h2>' +
        '<span class="tag tag-warning">Abierta</span></header><p>para Ana Pérez</p></article>',
    );
  });

  it('says the person has no name, and mutes the tag of a case that waits on nobody', () => {
    const markup = html(person('', ''), false);
    expect(markup).toContain('<h2 id="referral-1">Sin nombre</h2>');
    expect(markup).toContain('<span class="tag tag-muted">Abierta</span>');
    expect(markup).toContain('<p>para Sin nombre</p>');
  });
});

describe('ReferralFacts', () => {
  const referral = (reason: string, p: EventPerson): Referral => ({
    id: 'r1',
    eventId: 'e1',
    status: 'open',
    reason,
    createdAt: '2026-12-01T15:00:00.000Z',
    crossedAt: '2026-12-01T14:04:17.000Z',
    closedAt: null,
    closedBy: null,
    note: null,
    checkpoint: { code: 'PE-SANTA-ROSA', name: 'Complejo Fronterizo Santa Rosa', timeZone: 'America/Lima' },
    boothCode: 'SR-01',
    person: p,
    companion: null,
  });
  const facts = (r: Referral) =>
    renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <ReferralFacts referral={r} />
      </I18nextProvider>,
    );

  // A referral is opened for a child turned back at the line too: the queue must not say they crossed,
  // nor why they did not (that is enforcement data).
  it('says when the child came to the checkpoint, not that they crossed', () => {
    const markup = facts(referral('unaccompanied-minor', person('Luis', 'Duarte')));
    expect(markup).toContain('Llegó al puesto');
    expect(markup).not.toMatch(/Cruzó|rechaz/i);
  });

  it('names the adult a child travels with when that adult’s crossing came after the referral', () => {
    const child = referral('unaccompanied-minor', person('Luis', 'Duarte'));
    expect(facts(child)).not.toContain('Viaja con');
    const adult = { ...person('Marta', 'Duarte'), age: 38 };
    const markup = facts({ ...child, companion: { person: adult, crossedAt: '2026-12-01T14:30:00.000Z' } });
    expect(markup).toContain('Viaja con');
    expect(markup).toContain('Marta Duarte, 38 años (llegó al puesto el');
  });

  it('says an adult was referred to protection by the booth', () => {
    const markup = facts(referral('referred-protection', { ...person('Rosa', 'Mena'), age: 34 }));
    expect(markup).toContain('Derivada a protección en la caseta');
    expect(markup).toContain('34 años');
  });

  // Cards of Chile's and Peru's checkpoints share a page, read on devices in either zone: each time
  // names the clock it is on, the referral's checkpoint's, whichever zone the device is in.
  it('names the checkpoint whose clock its times are on, for the arrival and the close', () => {
    const closed: Referral = {
      ...referral('unaccompanied-minor', person('Luis', 'Duarte')),
      status: 'closed',
      closedAt: '2026-12-07T08:47:00.000Z',
      note: 'Recibido por la DEMUNA',
      checkpoint: {
        code: 'CL-CHACALLUTA',
        name: 'Complejo Fronterizo Chacalluta',
        timeZone: 'America/Santiago',
      },
    };
    const markup = facts(closed);
    expect(markup).toMatch(/1 dic 2026, 11:04:17 GMT-3 \(hora de Complejo Fronterizo Chacalluta\)/);
    expect(markup).toMatch(/7 dic 2026, 05:47:00 GMT-3 \(hora de Complejo Fronterizo Chacalluta\)/);
  });

  it('says who closed a closed referral', () => {
    const closed: Referral = {
      ...referral('unaccompanied-minor', person('Luis', 'Duarte')),
      status: 'closed',
      closedAt: '2026-12-07T08:47:00.000Z',
      closedBy: 'Enlace humanitario',
      note: 'Recibido por la DEMUNA',
    };
    expect(facts(closed)).toContain('Cerrada por</dt><dd>Enlace humanitario</dd>');
  });
});

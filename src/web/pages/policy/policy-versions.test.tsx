// Who saved each version of the document policy, as the page names them: by display name, as the
// decree register names an author, and never by username.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { PolicyVersion, StoredPolicy } from '../../api/types';
import { CurrentPolicy, VersionTable } from './policy-versions';

const i18n = testI18n();

const SAVED: PolicyVersion = {
  version: 2,
  note: 'Fin de la excepción de tránsito',
  createdBy: 'supervisor',
  createdByName: 'Supervisora de turno',
  createdAt: '2025-11-28T14:30:00Z',
};
const DEMO: PolicyVersion = {
  version: 1,
  note: 'Reglas de demostración',
  createdBy: 'system',
  createdByName: null,
  createdAt: '2025-11-27T15:00:00Z',
};
const render = (node: React.ReactNode) =>
  renderToStaticMarkup(<I18nextProvider i18n={i18n}>{node}</I18nextProvider>);
const authorCell = (html: string) => [...html.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]);

describe('the policy versions', () => {
  it('name who saved the version in force by display name, not username', () => {
    const policy: StoredPolicy = { ...SAVED, rules: [] };
    const html = render(<CurrentPolicy policy={policy} checkpoints={[]} />);
    expect(html).toContain('<dt>Guardada por</dt><dd>Supervisora de turno</dd>');
    expect(html).not.toContain('<dd>supervisor</dd>');
  });

  it('name each author in the history by display name, and the system as such', () => {
    const cells = authorCell(
      render(<VersionTable versions={[SAVED, DEMO]} shown={null} onShow={() => undefined} />),
    );
    expect(cells).toContain('Supervisora de turno');
    expect(cells).toContain(i18n.t('audit.system'));
    expect(cells).not.toContain('supervisor');
  });

  it('offer the rules of each earlier version, not of the one in force shown above', () => {
    const html = render(<VersionTable versions={[SAVED, DEMO]} shown={1} onShow={() => undefined} />);
    expect(html).toContain('aria-expanded="true"');
    expect(html).toContain('>Ver las reglas de la versión 1</button>');
    expect(html).not.toContain('Ver las reglas de la versión 2');
  });

  it('fall back to the username of an answer kept offline from a server that did not name the author', () => {
    const { createdByName: _, ...older } = SAVED;
    expect(
      authorCell(render(<VersionTable versions={[older]} shown={null} onShow={() => undefined} />)),
    ).toContain('supervisor');
  });
});

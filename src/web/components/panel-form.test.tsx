// A panel form keeps the markup the forms wrote by hand: the panel's class and test id, labelled by
// its heading; the browser's validation bubbles off, for the app's own messages beside the fields.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { PanelForm } from './panel-form';

// Never sent: the markup is read as the server renders it.
const send = () => Promise.resolve();

describe('PanelForm', () => {
  it('is a panel labelled by its heading, then its own parts', () => {
    const html = renderToStaticMarkup(
      <PanelForm name="cancel-convoy" title="Cancelar" onSubmit={send}>
        <p>cuerpo</p>
      </PanelForm>,
    );
    expect(html).toBe(
      '<form class="panel cancel-convoy" aria-labelledby="cancel-convoy-title" data-testid="cancel-convoy" noValidate="">' +
        '<h2 id="cancel-convoy-title" tabindex="-1">Cancelar</h2><p>cuerpo</p></form>',
    );
  });

  it('heads a form inside a section with an h3', () => {
    const html = renderToStaticMarkup(
      <PanelForm name="correct-step" heading="h3" title="Anular" onSubmit={send}>
        {null}
      </PanelForm>,
    );
    expect(html).toContain('<h3 id="correct-step-title" tabindex="-1">Anular</h3>');
  });
});

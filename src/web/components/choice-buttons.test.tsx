// An item's choices are buttons that name what they choose, and all of them are off while one is sent.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChoiceButtons } from './choice-buttons';

const choices = [
  { value: 'confirm', label: 'Confirmar', className: 'button button-danger', ariaLabel: 'Confirmar a Ana' },
  { value: 'dismiss', label: 'Descartar', className: 'button' },
] as const;

describe('ChoiceButtons', () => {
  it.each([
    [false, 0],
    [true, 2],
  ])('with busy %s turns %i of the buttons off', (busy, off) => {
    const html = renderToStaticMarkup(
      <ChoiceButtons choices={choices} busy={busy} onChoose={() => undefined} />,
    );
    expect(html.match(/<button /g)).toHaveLength(2);
    expect(html.match(/disabled=""/g) ?? []).toHaveLength(off);
  });

  it('gives each button its class, label and longer name, and ties them all to what they act on', () => {
    const html = renderToStaticMarkup(
      <ChoiceButtons choices={choices} busy={false} onChoose={() => undefined} describedBy="item-1" />,
    );
    expect(html).toBe(
      '<button type="button" class="button button-danger" aria-label="Confirmar a Ana" aria-describedby="item-1">Confirmar</button>' +
        '<button type="button" class="button" aria-describedby="item-1">Descartar</button>',
    );
  });
});

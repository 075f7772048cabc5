// A select's options come one for each item, in the list's order, with the item's value and name.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Options } from './options';

describe('Options', () => {
  it('writes one option for each item, its value and its name', () => {
    const items = [
      { code: 'CHA', name: 'Chacalluta' },
      { code: 'SRO', name: 'Santa Rosa' },
    ];
    const html = renderToStaticMarkup(
      <select>
        <Options items={items} value={(c) => c.code} label={(c) => c.name} />
      </select>,
    );
    expect(html).toBe(
      '<select><option value="CHA">Chacalluta</option><option value="SRO">Santa Rosa</option></select>',
    );
  });

  it('writes nothing for an empty list', () => {
    expect(renderToStaticMarkup(<Options items={[]} value={String} label={String} />)).toBe('');
  });
});

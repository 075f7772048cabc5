// A map legend keeps the markup the map pages wrote by hand: a list of keys, each drawn by its classes
// and hidden from screen readers, with its words beside it.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MapLegend } from './map-legend';

describe('MapLegend', () => {
  it('draws each key by its classes, hidden from screen readers, beside its words and in order', () => {
    const html = renderToStaticMarkup(
      <MapLegend
        className="route-legend"
        keys={[
          { swatch: 'route-key route-key-passed', label: 'Recorrido' },
          { swatch: 'route-key route-key-here', label: 'Aquí' },
        ]}
      />,
    );
    expect(html).toBe(
      '<ul class="route-legend">' +
        '<li><span class="route-key route-key-passed" aria-hidden="true"></span> Recorrido</li>' +
        '<li><span class="route-key route-key-here" aria-hidden="true"></span> Aquí</li>' +
        '</ul>',
    );
  });
});

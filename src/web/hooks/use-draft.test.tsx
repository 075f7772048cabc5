// A draft binds each field by its key: the id the form's prefix makes, the value, and the error the last
// answer gave that field.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { TextField } from '../components/text-field';
import { bindFields, useDraft } from './use-draft';

function Form({ errors }: { readonly errors?: Readonly<Record<string, string>> }) {
  const { field } = useDraft('trip', { origin: 'Tacna', destination: '' }, errors);
  return (
    <>
      <TextField {...field('origin')} label="Origen" />
      <TextField {...field('destination')} label="Destino" />
    </>
  );
}

describe('useDraft', () => {
  it('gives each field its id, its value and no error while there is none', () => {
    const html = renderToStaticMarkup(<Form />);
    expect(html).toContain('<label for="trip-origin">Origen</label>');
    expect(html).toContain('id="trip-origin" name="trip-origin" value="Tacna"');
    expect(html).toContain('id="trip-destination" name="trip-destination" value=""');
    expect(html).not.toContain('field-error');
  });

  it('ties the error given for a key to that field alone', () => {
    const html = renderToStaticMarkup(<Form errors={{ destination: 'Falta el destino' }} />);
    expect(html).toContain('<p class="field-error" id="trip-destination-error">Falta el destino</p>');
    expect(html).toContain('aria-invalid="true" aria-describedby="trip-destination-error"');
    expect(html.match(/field-error"/g)).toHaveLength(1);
  });

  it('binds values a parent keeps: each change goes to the parent by key', () => {
    const changes: [string, string][] = [];
    const field = bindFields('p', { a: 'x', b: 'y' }, (key, value) => changes.push([key, value]), {
      b: 'mal',
    });
    const a = field('a');
    expect(a).toMatchObject({ id: 'p-a', value: 'x', error: undefined });
    a.onChange('z');
    expect(changes).toEqual([['a', 'z']]);
    expect(field('b').error).toBe('mal');
  });
});

// Every field control gets the same from its frame: id and name, value, and the ties to its hint and
// error that screen readers follow; each change comes back as the new text.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { type FieldControl, FieldFrame } from './field-frame';
import { SelectField } from './select-field';
import { TextAreaField } from './text-area-field';
import { TextField } from './text-field';

const none = () => undefined;

describe('the field controls', () => {
  it.each([
    [
      'an input',
      <TextField key="i" id="f" label="Nota" value="x" onChange={none} hint="h" error="e" />,
      'input',
    ],
    [
      'a select',
      <SelectField key="s" id="f" label="Nota" value="x" onChange={none} hint="h" error="e">
        <option value="x">x</option>
      </SelectField>,
      'select',
    ],
    [
      'a text area',
      <TextAreaField key="t" id="f" label="Nota" value="x" onChange={none} hint="h" error="e" rows={2} />,
      'textarea',
    ],
  ])('ties %s to its label, hint and error', (_, field, tag) => {
    const html = renderToStaticMarkup(field);
    expect(html).toContain('<label for="f">Nota</label>');
    const attributes = html.match(new RegExp(`<${tag} ([^>]*)>`))?.[1]?.split(/ (?=[a-z-]+=)/) ?? [];
    expect(attributes).toEqual(
      expect.arrayContaining([
        'id="f"',
        'name="f"',
        'aria-invalid="true"',
        'aria-describedby="f-hint f-error"',
      ]),
    );
  });

  it('names an input as asked, and hands each change on as the new text', () => {
    const changes: string[] = [];
    let control: FieldControl | undefined;
    renderToStaticMarkup(
      <FieldFrame id="f" name="username" label="Usuario" value="" onChange={(v) => changes.push(v)}>
        {(c) => {
          control = c;
          return null;
        }}
      </FieldFrame>,
    );
    expect(control?.name).toBe('username');
    expect(control?.['aria-describedby']).toBeUndefined();
    control?.onChange({ target: { value: 'ana' } } as Parameters<FieldControl['onChange']>[0]);
    expect(changes).toEqual(['ana']);
  });
});

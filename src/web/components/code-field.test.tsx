// A code field keeps what is typed in capitals, and takes no more than a code may have.
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CodeField } from './code-field';

const props = (onChange: (code: string) => void) => ({
  id: 'corridor-code',
  label: 'Código',
  value: 'PE',
  onChange,
});

describe('CodeField', () => {
  it('passes on what is typed in capitals', () => {
    const typed: string[] = [];
    const field = CodeField(props((code) => typed.push(code))) as ReactElement<{
      onChange: (v: string) => void;
    }>;
    field.props.onChange('pe-tumbes');
    expect(typed).toEqual(['PE-TUMBES']);
  });

  it('is required, never spell-checked, and stops at 40 characters', () => {
    const html = renderToStaticMarkup(<CodeField {...props(() => undefined)} />);
    expect(html).toContain('required=""');
    expect(html).toContain('spellCheck="false"');
    expect(html).toContain('maxLength="40"');
  });
});

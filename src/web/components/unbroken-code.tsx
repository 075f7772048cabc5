// A code (a booth's PE-SANTA-ROSA-C1, a checkpoint's) kept on one line: browsers break lines after a
// hyphen, and a code split across two lines reads as two codes. Alone, or inside a sentence said in
// the reader's language, where it is found by its text.
import type { ReactNode } from 'react';

export function UnbrokenCode({ children }: { readonly children: string }) {
  return <span className="nowrap">{children}</span>;
}

/** The sentence with `code` kept on one line where it appears in it; the sentence as it is otherwise. */
export function withUnbrokenCode(sentence: string, code: string): ReactNode {
  const at = code === '' ? -1 : sentence.indexOf(code);
  if (at < 0) return sentence;
  return (
    <>
      {sentence.slice(0, at)}
      <UnbrokenCode>{code}</UnbrokenCode>
      {sentence.slice(at + code.length)}
    </>
  );
}

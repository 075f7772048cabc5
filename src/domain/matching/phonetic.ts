// A Spanish phonetic key in the line of the Spanish adaptations of Soundex and Metaphone: letters
// that sound alike in Latin American Spanish share a code. The rules are listed in docs/matching.md.
import { isLatinToken } from './text-fold';

const isVowel = (c: string | undefined) => c === 'A' || c === 'E' || c === 'I' || c === 'O' || c === 'U';
const isFront = (c: string | undefined) => c === 'E' || c === 'I';

// Two letters read as one sound, and letters that always sound as another; every other letter,
// vowels included, is its own code unless the switch below reads it by what follows.
const DIGRAPHS: ReadonlyMap<string, string> = new Map([
  ['CH', 'C'],
  ['LL', 'Y'],
  ['PH', 'F'],
]);
const SOUNDS_AS: ReadonlyMap<string, string> = new Map([
  ['V', 'B'],
  ['W', 'U'],
  ['Z', 'S'],
]);

/**
 * Phonetic key of one folded token (A–Z). Tokens in other scripts or with digits come back as they are.
 *  b/v → B · c before e/i, s, z → S · c hard, k, qu → K · ch → C · g before e/i, j, initial x → J
 *  gu before e/i → G · gu/hu before a vowel, w → U · ll, y before a vowel → Y · y otherwise → I
 *  ph → F · silent h dropped · doubled codes collapsed · a final S dropped after three codes.
 */
export function phoneticKey(token: string): string {
  if (!isLatinToken(token)) return token;
  const w = token;
  let out = '';
  const emit = (code: string) => {
    if (out.length === 0 || out[out.length - 1] !== code) out += code;
  };
  for (let i = 0; i < w.length; i += 1) {
    const c = w[i] ?? '';
    const n1 = w[i + 1];
    const n2 = w[i + 2];
    const digraph = DIGRAPHS.get(c + (n1 ?? ''));
    if (digraph !== undefined) {
      emit(digraph);
      i += 1;
      continue;
    }
    switch (c) {
      case 'Y':
        emit(isVowel(n1) ? 'Y' : 'I');
        break;
      case 'C':
        emit(isFront(n1) ? 'S' : 'K');
        break;
      case 'Q':
        emit('K');
        if (n1 === 'U') i += 1;
        break;
      case 'G':
        if (isFront(n1)) emit('J');
        else if (n1 === 'U' && isFront(n2)) {
          emit('G');
          i += 1;
        } else if (n1 === 'U' && isVowel(n2)) {
          emit('U');
          i += 1;
        } else emit('G');
        break;
      case 'H':
        if (n1 === 'U' && isVowel(n2)) {
          emit('U');
          i += 1;
        }
        break;
      case 'X':
        if (i === 0) emit('J');
        else {
          emit('K');
          emit('S');
        }
        break;
      default:
        emit(SOUNDS_AS.get(c) ?? c);
    }
  }
  if (out.length > 3 && out.endsWith('S')) out = out.slice(0, -1);
  return out.length > 0 ? out : token;
}

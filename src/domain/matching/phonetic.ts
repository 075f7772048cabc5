// A Spanish phonetic key in the line of the Spanish adaptations of Soundex and Metaphone: letters
// that sound alike in Latin American Spanish share a code. The rules are listed in docs/matching.md.
import { isLatinToken } from './text-fold';

const isVowel = (c: string | undefined) => c === 'A' || c === 'E' || c === 'I' || c === 'O' || c === 'U';
const isFront = (c: string | undefined) => c === 'E' || c === 'I';

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
    const c = w[i];
    const n1 = w[i + 1];
    const n2 = w[i + 2];
    switch (c) {
      case 'A':
      case 'E':
      case 'I':
      case 'O':
      case 'U':
        emit(c);
        break;
      case 'Y':
        emit(isVowel(n1) ? 'Y' : 'I');
        break;
      case 'B':
      case 'V':
        emit('B');
        break;
      case 'W':
        emit('U');
        break;
      case 'C':
        if (n1 === 'H') {
          emit('C');
          i += 1;
        } else emit(isFront(n1) ? 'S' : 'K');
        break;
      case 'Q':
        emit('K');
        if (n1 === 'U') i += 1;
        break;
      case 'K':
        emit('K');
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
      case 'J':
        emit('J');
        break;
      case 'X':
        if (i === 0) emit('J');
        else {
          emit('K');
          emit('S');
        }
        break;
      case 'Z':
      case 'S':
        emit('S');
        break;
      case 'L':
        if (n1 === 'L') {
          emit('Y');
          i += 1;
        } else emit('L');
        break;
      case 'P':
        if (n1 === 'H') {
          emit('F');
          i += 1;
        } else emit('P');
        break;
      default:
        emit(c ?? '');
    }
  }
  if (out.length > 3 && out.endsWith('S')) out = out.slice(0, -1);
  return out.length > 0 ? out : token;
}

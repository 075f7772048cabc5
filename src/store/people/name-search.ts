// Finding registered people by a part of their name, as a carer or a protection officer types it:
// every word must be found in a given name or a surname, case and accents ignored.
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { searchTokens } from '../../domain/matching';

/** The words of a name search that count: the first four, blanks ignored. */
export function nameSearchWords(text: string): string[] {
  return text
    .trim()
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .slice(0, 4);
}

/** The person table's name columns, as the query that searches names has them (aliased or not). */
export interface NameColumns {
  readonly givenNames: string;
  readonly surname1: string;
  readonly surname2: string;
  readonly nameKey: string;
}

export const PERSON_NAME_COLUMNS: NameColumns = {
  givenNames: 'given_names',
  surname1: 'surname1',
  surname2: 'surname2',
  nameKey: 'name_key',
};

/**
 * A condition that holds when one word is part of a given name or a surname. The name's comparison
 * key is folded (upper case, no accents: CACERES|PEREZ|JOSE), so caceres finds Cáceres and maría
 * finds MARÍA, which lower() alone does not on SQLite.
 */
export function nameHasWord(word: string, columns: NameColumns = PERSON_NAME_COLUMNS) {
  const like = `%${word.toLowerCase()}%`;
  const tokens = searchTokens(word);
  return <DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>): Expression<SqlBool> =>
    eb.or([
      eb(eb.fn('lower', [sql.ref(columns.givenNames)]), 'like', like),
      eb(eb.fn('lower', [sql.ref(columns.surname1)]), 'like', like),
      eb(eb.fn('lower', [sql.ref(columns.surname2)]), 'like', like),
      ...(tokens.length === 0
        ? []
        : [eb.and(tokens.map((token) => eb(sql.ref(columns.nameKey), 'like', `%${token}%`)))]),
    ]);
}

// The national identifier in a zone's optional data: a Chilean identity card's RUN, read and checked
// by the RUN's own rule; any other issuer's optional data left as it is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyDocument, chileanCard, TODAY } from '../../../test/support/mrz-zones';
import { formatTd1, formatTd3, type MrzDocument } from './mrz-format';
import { parseMrz } from './mrz-parse';
import { runCheckCharacter } from './national-id';
import { identifierInZone } from './zone-identifier';

const CHILEAN_CARD = chileanCard();

const read = (doc: MrzDocument, format = formatTd1) => {
  const fields = parseMrz(format(doc).join('\n'), TODAY).fields;
  if (fields === null) throw new Error('the zone did not read');
  return fields;
};

describe('identifierInZone', () => {
  it('reads the RUN a Chilean identity card carries in its optional data, checked', () => {
    expect(identifierInZone(read(CHILEAN_CARD))).toEqual({
      field: 'optionalData',
      idType: 'CL-RUN',
      asRead: '12345678<5',
      check: { ok: true, value: { idType: 'CL-RUN', normalized: '12345678-5', display: '12.345.678-5' } },
    });
  });

  const short = `9876543-${runCheckCharacter('9876543')}`;
  it.each([
    ['a seven-digit RUN', short.replace('-', '<'), short],
    ['a RUN padded with a zero', `0${short.replace('-', '<')}`, short],
    ['a RUN whose check character is K', '15937162<K', '15937162-K'],
    ['a RUN written without its filler', '123456785', '12345678-5'],
  ])('reads %s', (_case, optionalData, normalized) => {
    const found = identifierInZone(read({ ...CHILEAN_CARD, optionalData }));
    expect(found?.check.ok && found.check.value.normalized).toBe(normalized);
  });

  it('reads the card a foreigner resident in Chile holds the same way', () => {
    const found = identifierInZone(read({ ...CHILEAN_CARD, nationality: 'VEN' }));
    expect(found?.check.ok && found.check.value.display).toBe('12.345.678-5');
  });

  it('says a RUN whose check character is wrong is wrong, with the character it should be', () => {
    const found = identifierInZone(read({ ...CHILEAN_CARD, optionalData: '12345678<4' }));
    expect(found?.check).toEqual({
      ok: false,
      error: { code: 'id.check-digit', idType: 'CL-RUN', expected: '5', found: '4' },
    });
  });

  it('finds nothing in an empty optional data field', () => {
    expect(identifierInZone(read({ ...CHILEAN_CARD, optionalData: '' }))).toBeNull();
  });

  it.each([
    ['a Peruvian identity card', { issuingState: 'PER' }],
    ['a Chilean passport', { documentCode: 'P' }],
  ])('reads nothing into the optional data of %s, whose layout is not known', (_case, change) => {
    const doc = { ...CHILEAN_CARD, ...change };
    const format = doc.documentCode === 'P' ? formatTd3 : formatTd1;
    expect(identifierInZone(read(doc, format))).toBeNull();
  });

  it('never throws, whatever zone it is given', () => {
    fc.assert(
      fc.property(anyDocument, fc.boolean(), ({ doc }, chilean) => {
        const fields = { ...doc, birthDatePrecision: 'day' as const };
        identifierInZone(chilean ? { ...fields, issuingState: 'CHL', documentCode: 'ID' } : fields);
      }),
    );
  });

  it('reads back every RUN written in a Chilean card', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100_000, max: 99_999_999 }), (n) => {
        const run = `${n}<${runCheckCharacter(String(n))}`;
        const found = identifierInZone(read({ ...CHILEAN_CARD, optionalData: run }));
        expect(found?.check.ok && found.check.value.normalized).toBe(`${n}-${runCheckCharacter(String(n))}`);
      }),
    );
  });
});

// Before deciding: the earlier registrations that may be the person in the form, asked for as soon as
// the booth knows enough of them (a given name and a surname, and a birth date or a document number),
// while the officer reads the recommendation. The answer stands only for the person it was asked
// about: typing on hides it until the new answer comes. Offline, or when the server cannot answer,
// nothing is said here; the result after registering lists them as before.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EarlierRecordsBody } from '../../../api/people';
import { parsePartialDate } from '../../../domain/matching';
import { countryByCode } from '../../../domain/shared';
import { api } from '../../api/paso';
import type { Candidate, Checkpoint } from '../../api/types';
import { CandidateList } from './candidate-item';
import { documentOf, personOf, type RegistrationForm } from './registration';

const isCountry = (code: string): boolean => countryByCode(code) !== null;

/** How long the form stays still before the booth asks: a name is not looked up letter by letter. */
const WAIT_MS = 400;

/** What to ask about the person in the form, or null while too little of them is known. */
export function earlierQueryOf(form: RegistrationForm, checkpoint: string | null): EarlierRecordsBody | null {
  if (checkpoint === null) return null;
  const { birthDate, ...named } = personOf(form);
  const document = documentOf(form);
  if (named.givenNames === '' || named.surname1 === '') return null;
  // A date still being typed, or one that does not exist (31 February), is left out: the form says
  // what is wrong with it, and the server would refuse the question.
  const born = birthDate !== undefined && parsePartialDate(birthDate).ok ? birthDate : undefined;
  if (born === undefined && document === undefined) return null;
  // So is a country that is no code yet ("VE" on its way to "VEN", a name the list does not know).
  const { nationality, ...rest } = named;
  const person = nationality !== undefined && isCountry(nationality) ? { ...rest, nationality } : rest;
  return {
    checkpoint,
    person: born === undefined ? person : { ...person, birthDate: born },
    // What matching compares of a document; the zone as read and the expiry are not needed to ask.
    ...(document === undefined
      ? {}
      : {
          document: {
            type: document.type,
            number: document.number,
            ...(document.issuingState === undefined || !isCountry(document.issuingState)
              ? {}
              : { issuingState: document.issuingState }),
          },
        }),
  };
}

type Props = {
  readonly form: RegistrationForm;
  readonly checkpoint: Checkpoint | null;
  readonly checkpoints: readonly Checkpoint[];
};

export function EarlierRecords({ form, checkpoint, checkpoints }: Props) {
  const { t } = useTranslation();
  const query = earlierQueryOf(form, checkpoint?.code ?? null);
  const key = query === null ? '' : JSON.stringify(query);
  const asked = useRef(query);
  asked.current = query;
  const [found, setFound] = useState<{ readonly key: string; readonly candidates: readonly Candidate[] }>({
    key: '',
    candidates: [],
  });
  useEffect(() => {
    const body = asked.current;
    if (key === '' || body === null) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      void api.earlierRecords(body, { signal: controller.signal }).then((result) => {
        if (result.ok) setFound({ key, candidates: result.value });
      });
    }, WAIT_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key]);
  const shown = found.key === key ? found.candidates : [];
  return (
    <div aria-live="polite" data-testid="earlier-records">
      {shown.length === 0 ? null : (
        <section className="notice notice-warning earlier-records" aria-labelledby="earlier-records-title">
          <h3 id="earlier-records-title">{t('booth.register.earlierTitle', { count: shown.length })}</h3>
          <p>{t('booth.register.earlierHint')}</p>
          <CandidateList
            candidates={shown}
            checkpoints={checkpoints}
            timeZone={checkpoint?.timeZone ?? 'UTC'}
            testId="earlier-candidates"
          />
        </section>
      )}
    </div>
  );
}

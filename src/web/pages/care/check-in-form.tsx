// Checking people in at a shelter: find them by name, then check in a person with their family. A
// check-in the rules question (a child travelling alone, a look-alike of someone staying) asks first,
// under the person tapped, and is sent again with the carer's answer.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LookAlikeStaying } from '../../../domain/care';
import { FormFeedback } from '../../components/form-feedback';
import { ChoiceField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useApiCall, useIdempotentWrite } from '../../hooks/use-api-call';
import { useDraft } from '../../hooks/use-draft';
import { useRequiredFields } from '../../hooks/use-required-fields';
import { useWording } from '../../hooks/use-wording';
import { type Candidate, careApi } from './care-endpoints';
import { BED_KINDS_SHOWN, CareProblem, useKindName } from './care-words';
import { checkInPeople, firstTicked } from './check-in-members';
import { asksAboutChild, ChildAloneQuestion } from './child-alone-question';
import { FamilyMembers } from './family-members';
import { LookAlikeQuestion } from './look-alike-question';

const KINDS = BED_KINDS_SHOWN;
type BedKind = (typeof KINDS)[number];

// The kind offered first: family beds, else general ones, else any the shelter has.
const KIND_PREFERENCE: readonly BedKind[] = ['family', 'general', ...KINDS];
const firstKind = (beds: Readonly<Record<BedKind, number>>): BedKind =>
  KIND_PREFERENCE.find((k) => beds[k] > 0) ?? 'family';

type Props = {
  readonly shelterId: string;
  /** A shelter's name, from its id: where a look-alike stays. */
  readonly shelterName: (id: string) => string;
  /** The shelter's beds by kind: the kind offered first is one it has. */
  readonly beds: Readonly<Record<BedKind, number>>;
  readonly onDone: () => void;
};

/** What the carer answered to the questions a check-in asked. */
type Answers = { readonly childPlacementReason?: string; readonly allowPossibleDuplicate?: boolean };

export function CheckInForm({ shelterId, shelterName, beds, onDone }: Props) {
  const { t } = useTranslation();
  const kindName = useKindName();
  // null until a search has been answered: then an empty list says that no one was found.
  const [found, setFound] = useState<{
    readonly people: readonly Candidate[];
    readonly more: boolean;
  } | null>(null);
  const { values, field } = useDraft('checkin', {
    q: '',
    kind: firstKind(beds),
  });
  // The members of each family found that come along, by the person found: at first all who can.
  const [ticked, setTicked] = useState<Readonly<Record<string, readonly string[]>>>({});
  const tickedOf = (c: Candidate) => ticked[c.personId] ?? firstTicked(c.relatives);
  // A question put away gives focus back to the check-in button that asked it.
  const [back, setBack] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (back === null) return;
    list.current?.querySelector<HTMLButtonElement>(`[data-check-in="${back}"]`)?.focus();
    setBack(null);
  }, [back]);
  const searching = useApiCall();
  // A search for nobody is not sent: the field says it is blank, in place of a notice that points at it.
  const required = useRequiredFields({ q: values.q });
  // One check-in at a time, its id kept until answered: a double click or a resend applies once.
  const checking = useIdempotentWrite();
  // Whose check-in was tried last: a refusal is said under that person, where the tap was.
  const [tried, setTried] = useState<string | null>(null);
  // Whose check-in waits on the question about a child travelling alone (asked here, or by the server).
  const [asking, setAsking] = useState<string | null>(null);
  // A check-in the server questioned: someone staying may be this person under another record.
  const [lookAlikes, setLookAlikes] = useState<{
    readonly personId: string;
    readonly staying: readonly LookAlikeStaying[];
    readonly bedKind: string;
  } | null>(null);
  // What the carer answered for the check-in tried last: a second question keeps the first answer.
  const answered = useRef<Answers>({});
  // What the last search found, or whose check-in went through: said in a polite status, and after a
  // check-in (its button gone with the list) focus goes to the section's heading.
  const [said, setSaid] = useWording();
  const heading = useRef<HTMLHeadingElement>(null);
  const search = async () => {
    if (!required.isComplete()) return;
    checking.clear();
    setAsking(null);
    setLookAlikes(null);
    answered.current = {};
    setSaid(null);
    const result = await searching.run(() => careApi.candidates(values.q));
    setFound(result.ok ? result.value : null);
    if (result.ok && result.value.people.length > 0)
      setSaid((t) => t('care.checkIn.foundCount', { count: result.value.people.length }));
  };
  // Checking in one member checks in the whole family, as the rules ask.
  const checkIn = async (c: Candidate, bedKind: string = values.kind, answers: Answers = {}) => {
    if (tried !== c.personId) answered.current = {};
    answered.current = { ...answered.current, ...answers };
    setTried(c.personId);
    const { personIds, allowSplit } = checkInPeople(c.personId, c.relatives, tickedOf(c));
    const result = await checking.write((id) =>
      careApi.checkIn({
        id,
        shelterId,
        bedKind,
        personIds,
        ...(allowSplit ? { allowSplit } : {}),
        ...answered.current,
      }),
    );
    setAsking(!result.ok && result.error.code === 'care.child-alone' ? c.personId : null);
    const staying =
      !result.ok && result.error.code === 'care.possible-duplicate' ? result.error.lookAlikes : undefined;
    setLookAlikes(staying === undefined ? null : { personId: c.personId, staying, bedKind });
    if (result.ok) {
      answered.current = {};
      setFound(null);
      setSaid((t) =>
        t('care.checkIn.done', { name: `${c.givenNames} ${c.surname1}`, count: personIds.length }),
      );
      heading.current?.focus();
      onDone();
    }
  };
  return (
    <section aria-labelledby="checkin-title">
      <h2 id="checkin-title" ref={heading} tabIndex={-1}>
        {t('care.checkIn.title')}
      </h2>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
        noValidate
      >
        <TextField
          {...field('q')}
          label={t('care.checkIn.search')}
          maxLength={200}
          required
          error={required.errors.q}
        />
        <ChoiceField {...field('kind')} label={t('care.checkIn.kind')} choices={KINDS} nameOf={kindName} />
        <button type="submit" className="button button-secondary">
          {t('care.checkIn.find')}
        </button>
      </form>
      {found?.people.length === 0 ? <p className="empty">{t('care.checkIn.noneFound')}</p> : null}
      <ul data-testid="candidates" ref={list}>
        {(found?.people ?? []).map((c) => {
          const name = `${c.givenNames} ${c.surname1}`;
          const coming = checkInPeople(c.personId, c.relatives, tickedOf(c));
          return (
            <li key={c.personId}>
              {[c.givenNames, c.surname1, c.surname2].filter(Boolean).join(' ')}
              {c.birthYear === null ? '' : `, ${t('care.checkIn.born', { year: c.birthYear })}`}{' '}
              {c.childAlone ? <span className="tag">{t('care.checkIn.childAlone')}</span> : null}{' '}
              {c.lookAlikes.length > 0 && c.shelterId === null ? (
                <span className="tag">{t('care.checkIn.lookAlike')}</span>
              ) : null}{' '}
              {asking === c.personId ? (
                <ChildAloneQuestion
                  name={name}
                  kind={kindName(values.kind)}
                  childrenKind={kindName('children')}
                  busy={checking.busy}
                  onChildren={() => void checkIn(c, 'children')}
                  onElsewhere={(reason) => void checkIn(c, values.kind, { childPlacementReason: reason })}
                  onCancel={() => {
                    setAsking(null);
                    setBack(c.personId);
                  }}
                />
              ) : lookAlikes?.personId === c.personId ? (
                <LookAlikeQuestion
                  name={name}
                  lookAlikes={lookAlikes.staying}
                  shelterName={shelterName}
                  busy={checking.busy}
                  onDifferent={() => void checkIn(c, lookAlikes.bedKind, { allowPossibleDuplicate: true })}
                  onCancel={() => {
                    checking.clear();
                    setLookAlikes(null);
                    setBack(c.personId);
                  }}
                />
              ) : c.shelterId === null ? (
                <button
                  type="button"
                  className="button button-primary"
                  disabled={checking.busy}
                  data-check-in={c.personId}
                  onClick={() => {
                    checking.clear();
                    // Asked in the order the server asks: a look-alike staying, then a child's beds.
                    if (c.lookAlikes.length > 0)
                      setLookAlikes({ personId: c.personId, staying: c.lookAlikes, bedKind: values.kind });
                    else if (asksAboutChild(c, values.kind)) setAsking(c.personId);
                    else void checkIn(c);
                  }}
                >
                  {!coming.allowSplit
                    ? t('care.checkIn.do', { name, count: coming.personIds.length })
                    : coming.personIds.length === 1
                      ? t('care.checkIn.doAlone', { name })
                      : t('care.checkIn.doSome', { name, count: coming.personIds.length - 1 })}
                </button>
              ) : (
                <span className="tag tag-muted">
                  {t('care.checkIn.inside', { shelter: shelterName(c.shelterId) })}
                </span>
              )}
              {c.shelterId === null && c.relatives.length > 0 ? (
                <FamilyMembers
                  personId={c.personId}
                  relatives={c.relatives}
                  ticked={tickedOf(c)}
                  onChange={(next) => setTicked((all) => ({ ...all, [c.personId]: next }))}
                  shelterName={shelterName}
                />
              ) : null}
              {tried === c.personId && asking !== c.personId && lookAlikes?.personId !== c.personId ? (
                <CareProblem problem={checking.problem} bedKind={kindName(values.kind)} />
              ) : null}
            </li>
          );
        })}
      </ul>
      {found?.more ? (
        <p className="note" data-testid="candidates-more">
          {t('care.checkIn.more', { count: found.people.length })}
        </p>
      ) : null}
      <FormFeedback problem={searching.problem} success={said} />
    </section>
  );
}

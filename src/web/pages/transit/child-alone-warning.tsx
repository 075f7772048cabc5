// A warning at the step that would leave a child on board without an adult of their family (the
// departure without the adult who did not board, an adult leaving on the road), and the field where
// the officer says what was arranged for the child: the server records the step only with it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { childrenWithoutAdult, type Rider } from '../../../domain/transit';
import { fullName } from '../../format/person-name';
import { useLocale } from '../../hooks/use-locale';

type Person = Rider & Parameters<typeof fullName>[0];

/**
 * The people a change of who travels leaves as children without an adult of their family: ages now,
 * on the local date where each was admitted in transit, as the server takes them at the step.
 */
export function childrenLeftAloneBy<P extends Person>(
  people: readonly P[],
  before: ReadonlySet<string>,
  after: ReadonlySet<string>,
): P[] {
  const now = new Date();
  const already = new Set(childrenWithoutAdult(people, before, now));
  const alone = new Set(childrenWithoutAdult(people, after, now).filter((id) => !already.has(id)));
  return people.filter((p) => alone.has(p.personId));
}

/** Of these people, all travelling together, the children with no adult of their family among them. */
export function childrenWithNoAdult<P extends Person>(people: readonly P[]): P[] {
  const travelling = new Set(people.map((p) => p.personId));
  const alone = new Set(childrenWithoutAdult(people, travelling, new Date()));
  return people.filter((p) => alone.has(p.personId));
}

export function useNameList(): (people: readonly Parameters<typeof fullName>[0][]) => string {
  const locale = useLocale();
  return (people) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(people.map(fullName));
}

/**
 * What was arranged for the children a step leaves alone (`alone`): typed in the warning, missing
 * while they are named and it is blank (the step waits for it), and sent with the step.
 */
export function useArrangement(alone: readonly unknown[]) {
  const [arranged, setArranged] = useState('');
  const needed = alone.length > 0;
  return {
    arranged,
    setArranged,
    missing: needed && arranged.trim() === '',
    /** The step as sent: with what was arranged where it leaves a child alone. */
    withArrangement: <E extends object>(event: E): E =>
      needed ? { ...event, childAloneReason: arranged.trim() } : event,
  };
}

type Props = {
  readonly id: string;
  /** The children the step leaves alone: none, no warning. */
  readonly alone: readonly unknown[];
  /** The warning, naming the children. */
  readonly message: string;
  readonly arranged: string;
  readonly onArranged: (text: string) => void;
};

export function ChildAloneWarning({ id, alone, message, arranged, onArranged }: Props) {
  const { t } = useTranslation();
  if (alone.length === 0) return null;
  return (
    <div className="notice notice-warning" role="alert" data-testid="child-alone-warning">
      <p>{message}</p>
      <div className="field">
        <label htmlFor={id}>{t('transit.childAlone.arranged')}</label>
        <textarea id={id} value={arranged} maxLength={500} onChange={(e) => onArranged(e.target.value)} />
      </div>
    </div>
  );
}

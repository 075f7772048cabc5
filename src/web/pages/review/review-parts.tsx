// Parts the review queues (and the referrals queue) use: the status filter with refresh and the live
// line, a registered person's facts with the document they were registered with (its type and issuing
// state tell two people of one name apart) and where and when they were registered (on the
// checkpoint's clock).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checkpoint, PersonView } from '../../api/types';
import { Fact } from '../../components/fact';
import { Options } from '../../components/options';
import { PageStatus } from '../../components/page-status';
import { RefreshButton } from '../../components/refresh-button';
import { formatDateTime } from '../../format/format';
import { fullName, sexName } from '../../format/person-name';
import { useCountryName } from '../../hooks/use-country-name';
import { useLocale } from '../../hooks/use-locale';
import { formatDay } from '../booth/days';
import { documentText } from '../checkpoint-view/held-document';

type FilterProps<S extends string> = {
  readonly id: string;
  readonly value: S;
  readonly options: readonly { readonly value: S; readonly label: string }[];
  readonly onChange: (value: S) => void;
};

function StatusFilter<S extends string>({ id, value, options, onChange }: FilterProps<S>) {
  const { t } = useTranslation();
  return (
    <div className="field review-filter">
      <label htmlFor={id}>{t('review.filter')}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const chosen = options.find((o) => o.value === event.target.value);
          if (chosen !== undefined) onChange(chosen.value);
        }}
      >
        <Options items={options} value={(o) => o.value} label={(o) => o.label} />
      </select>
    </div>
  );
}

type ToolbarProps<S extends string> = FilterProps<S> & {
  readonly onRefresh: () => void;
  readonly notice: string | null;
  /** More filters of the queue, beside its status. */
  readonly children?: ReactNode;
};

/** A queue's status filter and refresh button, and the live region that announces each review. */
export function QueueToolbar<S extends string>({ onRefresh, notice, children, ...filter }: ToolbarProps<S>) {
  return (
    <>
      <div className="review-toolbar">
        <StatusFilter {...filter} />
        {children}
        <RefreshButton onClick={onRefresh} />
      </div>
      <PageStatus notice={notice} />
    </>
  );
}

/** The checkpoint's time zone by its name (the review API names checkpoints; it gives no id). */
export const zoneOf = (checkpoints: readonly Checkpoint[], name: string | null): string | undefined =>
  checkpoints.find((c) => c.name === name)?.timeZone;

type PersonProps = {
  readonly person: PersonView;
  readonly checkpoints: readonly Checkpoint[];
  readonly testId?: string;
};

/** A registered person as the record now reads (corrections included), and where and when. */
export function PersonFacts({ person: p, checkpoints, testId }: PersonProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countryName = useCountryName();
  const name = fullName(p);
  const country = (code: string) => `${countryName(code)} (${code})`;
  const place =
    p.checkpointName === null
      ? '—'
      : p.boothCode === null
        ? p.checkpointName
        : t('review.person.placeAtBooth', { place: p.checkpointName, booth: p.boothCode });
  return (
    <dl className="facts" data-testid={testId}>
      <Fact label={t('review.person.name')}>
        <span data-testid="person-name">{name || '—'}</span>
      </Fact>
      <Fact label={t('review.person.birthDate')}>
        {p.birthDate === null ? t('booth.fields.unknownDate') : formatDay(p.birthDate, locale)}
      </Fact>
      <Fact label={t('review.person.sex')}>{sexName(p.sex, t)}</Fact>
      <Fact label={t('review.person.nationality')}>
        {p.nationality === null ? '—' : country(p.nationality)}
      </Fact>
      <Fact label={t('matching.document')}>
        <span data-testid="person-document">
          {p.document === null ? t('matching.noDocument') : documentText(p.document, t, locale, country)}
        </span>
      </Fact>
      <Fact label={t('review.person.registered')}>
        {p.registeredAt === null
          ? '—'
          : formatDateTime(p.registeredAt, locale, zoneOf(checkpoints, p.checkpointName))}
      </Fact>
      <Fact label={t('review.person.place')}>{place}</Fact>
      {p.mergedInto === null ? null : (
        <Fact label={t('review.person.merged')}>
          <span className="tag tag-muted">{t('review.person.mergedTag')}</span>
        </Fact>
      )}
    </dl>
  );
}

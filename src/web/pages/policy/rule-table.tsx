// The rules of a document policy as a table in words: where and when each applies, its conditions as
// sentences, what it recommends and on what legal basis. The page shows the version in force with it,
// and the editor the rules as they will read once the draft is saved.
import { useTranslation } from 'react-i18next';
import type { PolicyRule } from '../../../domain/documents';
import type { Checkpoint } from '../../api/types';
import { DataTable } from '../../components/data-table';
import { useApiData } from '../../hooks/use-api-data';
import { useCountryName } from '../../hooks/use-country-name';
import { useLocale } from '../../hooks/use-locale';
import { useNow } from '../../hooks/use-now';
import { formatInstantAsWritten } from '../booth/days';
import { directionName, outcomeName } from '../booth/messages';
import { DecreeCitation, loadDecrees } from '../decrees/decree-citation';
import { conditionSentences } from './conditions';

export function RuleTable({
  rules,
  checkpoints,
  testId = 'policy-rules',
  caption,
}: {
  readonly rules: readonly PolicyRule[];
  readonly checkpoints: readonly Checkpoint[];
  readonly testId?: string;
  /** What the table shows; the rules in force by default. */
  readonly caption?: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countryName = useCountryName();
  const [decreeList] = useApiData(loadDecrees);
  const decrees = decreeList.status === 'ok' ? decreeList.value : null;
  const checkpointName = (id: string) => checkpoints.find((c) => c.id === id)?.name ?? id;
  const now = useNow(60_000).getTime();
  const hasEnded = (rule: PolicyRule) =>
    rule.appliesTo.validTo !== undefined && Date.parse(rule.appliesTo.validTo) <= now;
  const written = (instant: string) => formatInstantAsWritten(instant, locale);
  const period = ({ validFrom, validTo }: PolicyRule['appliesTo']) =>
    validTo === undefined
      ? t('policy.since', { from: written(validFrom) })
      : t('policy.period', { from: written(validFrom), to: written(validTo) });
  const tone = (o: PolicyRule['outcome']) =>
    o === 'admit' ? 'tag-ok' : o === 'refuse' ? 'tag-error' : 'tag-warning';
  return (
    <DataTable
      testId={testId}
      caption={caption ?? t('policy.rulesCaption')}
      className="policy-rules"
      columns={[
        { label: t('policy.column.rule') },
        { label: t('policy.column.appliesTo') },
        { label: t('policy.column.when') },
        { label: t('policy.column.outcome') },
        { label: t('policy.column.legalBasis') },
      ]}
    >
      {rules.map((rule) => (
        <tr key={rule.id}>
          <th scope="row" className="row-heading">
            <code>{rule.id}</code>{' '}
            {hasEnded(rule) ? <span className="tag tag-muted">{t('policy.ended')}</span> : null}
            <span className="muted">{rule.description}</span>
          </th>
          <td>
            {rule.appliesTo.directions.map((d) => directionName(d, t)).join(', ')}
            <br />
            {rule.appliesTo.checkpointIds === undefined
              ? t('policy.allCheckpoints')
              : rule.appliesTo.checkpointIds.map(checkpointName).join(', ')}
            <br />
            <span className="muted">{period(rule.appliesTo)}</span>
          </td>
          <td className="policy-when">
            {conditionSentences(rule.when, { t, locale, countryName }).map((sentence) => (
              <div key={sentence}>{sentence}</div>
            ))}
          </td>
          <td>
            <span className={`tag ${tone(rule.outcome)}`}>{outcomeName(rule.outcome, t)}</span>
          </td>
          <td>
            {rule.legalBasis}
            {rule.decree === undefined ? null : <DecreeCitation id={rule.decree} decrees={decrees} />}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

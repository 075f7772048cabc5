// What the document policy recommends, under which rule, version and legal basis; or why it cannot
// say yet. It pre-selects the decision; the officer decides.

import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoothProtection, Recommendation } from './decision';
import { outcomeName } from './messages';

type Props = { readonly recommendation: Recommendation; readonly name?: string };

export function RecommendationView({ recommendation, name }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="booth-recommendation" data-testid="policy-recommendation">
      <h3 id={titleId}>
        {name === undefined ? t('booth.policy.title') : t('booth.policy.titleFor', { name })}
      </h3>
      <Body recommendation={recommendation} />
    </section>
  );
}

function Body({ recommendation }: { readonly recommendation: Recommendation }) {
  const { t } = useTranslation();
  if (!recommendation.ok) {
    switch (recommendation.reason) {
      case 'nothingYet':
        return <p className="muted">{t('booth.policy.nothingYet')}</p>;
      case 'noCheckpoint':
        return <p>{t('booth.policy.noCheckpoint')}</p>;
      case 'noRules':
        return <p>{t('booth.policy.noRules')}</p>;
      case 'unknownDocument':
        return <p>{t('booth.policy.unknownDocument')}</p>;
      case 'unconfirmed':
        return <p>{t('booth.policy.confirmFirst')}</p>;
      default: {
        const unknown: never = recommendation.reason;
        return unknown;
      }
    }
  }
  const decision = recommendation.value;
  const tone =
    decision.outcome === 'admit' ? 'tag-ok' : decision.outcome === 'refuse' ? 'tag-error' : 'tag-warning';
  return (
    <>
      <p className="recommendation-outcome">
        <span
          className={`tag tag-large ${tone}`}
          data-testid="policy-outcome"
          data-outcome={decision.outcome}
        >
          {outcomeName(decision.outcome, t)}
        </span>
      </p>
      <dl className="facts">
        <div>
          <dt>{t('booth.policy.rule')}</dt>
          <dd>
            {decision.ruleId === null ? t('booth.policy.noRule') : decision.description}
            {recommendation.expiryMissing ? (
              <span className="hint" data-testid="policy-expiry-missing">
                {' '}
                {t('booth.policy.expiryMissing')}
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('booth.policy.legalBasis')}</dt>
          <dd data-testid="policy-legal-basis">{decision.legalBasis ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('booth.policy.version')}</dt>
          <dd data-testid="policy-version">
            {t('booth.policy.versionValue', { version: decision.rulesetVersion })}
          </dd>
        </div>
      </dl>
      {recommendation.protection && decision.outcome !== 'admit' ? (
        <p className="notice notice-warning" data-testid="policy-protection">
          {protectionNotice(recommendation.protection, t)}
        </p>
      ) : null}
      <p className="hint">{t('booth.policy.officerDecides')}</p>
    </>
  );
}

// What the notice says of each case for protection: why the referral is pre-selected.
function protectionNotice(protection: BoothProtection, t: TFunction): string {
  if (protection === 'asylum-seeker') return t('booth.policy.protectionAsylum');
  if (protection === 'trafficking-risk') return t('booth.policy.protectionTrafficking');
  return protection === 'unaccompanied-minor'
    ? t('booth.policy.protectionUnaccompanied')
    : t('booth.policy.protectionSeparated');
}

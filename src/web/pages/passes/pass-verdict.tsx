// What the verifier shows for one pass: the passenger and the journey when it is valid, or plainly
// why it is not (and, where the pass could be read, whose it is); and by which clock, at what time,
// its validity was judged. Times are written in the checkpoint's zone.
import { useTranslation } from 'react-i18next';
import type { Pass, RejectReason } from '../../../domain/passes';
import { Fact } from '../../components/fact';
import { formatDateTime } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';
import { formatDay } from '../booth/days';
import type { CheckedPass } from './check-pass';
import { documentWords } from './document-words';
import { revocationText } from './revocation-text';

type Time = (iso: string) => string;

function PassFacts({ pass, time }: { readonly pass: Pass; readonly time: Time }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const rows: [string, string][] = [
    [t('passes.fact.name'), pass.name],
    // As precise as the pass has it, in the reader's words: "2 jul 1988", "julio de 1988", "1988".
    [
      t('passes.fact.birthDate'),
      pass.birthDate ? formatDay(pass.birthDate, locale) : t('passes.fact.unknown'),
    ],
    [
      t('passes.fact.document'),
      // As the printed pass names it: "Pasaporte V03755187", not "P V03755187".
      pass.document ? documentWords(pass.document, t) : t('passes.fact.unknown'),
    ],
    [t('passes.fact.convoy'), pass.convoy.name],
    [t('passes.fact.corridor'), pass.corridor.name],
    [t('passes.fact.validFrom'), time(pass.validFrom)],
    [t('passes.fact.validUntil'), time(pass.validUntil)],
  ];
  return (
    <dl className="pass-facts">
      {rows.map(([label, value]) => (
        <Fact key={label} label={label}>
          {value}
        </Fact>
      ))}
    </dl>
  );
}

function reasonText(reason: RejectReason, t: ReturnType<typeof useTranslation>['t'], time: Time) {
  switch (reason.code) {
    case 'malformed':
      return t('passes.reason.malformed');
    case 'altered':
      return t('passes.reason.altered');
    case 'unknown-key':
      return t('passes.reason.unknownKey', { kid: reason.kid });
    case 'retired-key':
      return t('passes.reason.retiredKey', { kid: reason.kid });
    case 'revoked':
      return t('passes.reason.revoked', { cause: revocationText(reason, t), at: time(reason.at) });
    case 'not-yet-valid':
      return t('passes.reason.notYetValid', { from: time(reason.pass.validFrom) });
    case 'expired':
      return t('passes.reason.expired', { until: time(reason.pass.validUntil) });
    default: {
      const never: never = reason;
      return String(never);
    }
  }
}

/** By which clock, and at what time on it, the pass's validity was judged. */
function JudgedBy({ checked, time }: { readonly checked: CheckedPass; readonly time: Time }) {
  const { t } = useTranslation();
  return (
    <p className="pass-judged" data-testid="pass-judged" data-clock={checked.clock}>
      {checked.clock === 'server'
        ? t('passes.judged.server', { time: time(checked.at) })
        : t('passes.judged.device', { time: time(checked.at) })}
    </p>
  );
}

type Props = {
  readonly checked: CheckedPass;
  /** The zone of the checkpoint verifying (America/Santiago at Chacalluta): its times are in it. */
  readonly timeZone: string;
};

export function PassVerdict({ checked, timeZone }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const time: Time = (iso) => formatDateTime(iso, locale, timeZone, 'minute');
  const result = checked.verification;
  if (result.valid) {
    return (
      <section className="pass-verdict pass-valid" data-testid="pass-verdict" data-valid="true" role="status">
        <h2>{t('passes.verify.valid')}</h2>
        <PassFacts pass={result.pass} time={time} />
        <JudgedBy checked={checked} time={time} />
      </section>
    );
  }
  const reason = result.reason;
  const pass = 'pass' in reason ? reason.pass : null;
  return (
    <section
      className="pass-verdict pass-invalid"
      data-testid="pass-verdict"
      data-valid="false"
      data-reason={reason.code}
      role="alert"
    >
      <h2>{t('passes.verify.invalid')}</h2>
      <p className="pass-reason">{reasonText(reason, t, time)}</p>
      {pass === null ? null : <PassFacts pass={pass} time={time} />}
      <JudgedBy checked={checked} time={time} />
    </section>
  );
}

// A pass just issued: its QR code, its text, the PDF to print in either language, and revocation.
// The reason for revoking is checked as the app's other forms check theirs: beside the field, in the
// reader's language, not in the browser's bubble.
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PASS_TEXT_LIMITS } from '../../../api/passes';
import { type PassReply, passesApi } from '../../api/passes-endpoints';
import { PrintLink } from '../../components/print-link';
import { ProblemMessage } from '../../components/problem-message';
import { SubmitRow } from '../../components/submit-row';
import { TextField } from '../../components/text-field';
import { useApiCall } from '../../hooks/use-api-call';
import { useFieldErrors } from '../../hooks/use-field-errors';
import { useFocusOnOpen } from '../../hooks/use-focus-on-open';
import { useRequiredFields } from '../../hooks/use-required-fields';
import { revocationText } from './revocation-text';
import { tooLongErrors } from './too-long';

type Props = { readonly pass: PassReply; readonly onChange: (pass: PassReply) => void };

export function IssuedPass({ pass, onChange }: Props) {
  const { t } = useTranslation();
  const [qr, setQr] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const call = useApiCall();
  // Spaces alone are no reason: the server trims them away, and so does the check.
  const required = useRequiredFields({ reason });
  const tooLong = tooLongErrors({ reason }, { reason: PASS_TEXT_LIMITS.revokeReason }, t);
  const errors = { ...useFieldErrors(call.problem), ...required.errors, ...tooLong };
  useEffect(() => {
    let live = true;
    QRCode.toDataURL(pass.text, { errorCorrectionLevel: 'M', margin: 2, scale: 6 }).then(
      (url) => live && setQr(url),
      (error: unknown) => console.error('the QR code could not be drawn', error),
    );
    return () => {
      live = false;
    };
  }, [pass.text]);

  // Issued from the form's button, far above: focus comes to the pass, whose heading says it was issued.
  const heading = useFocusOnOpen<HTMLHeadingElement>();

  const revoke = async () => {
    if (!required.isComplete() || Object.keys(tooLong).length > 0) return;
    const result = await call.run(() => passesApi.revoke(pass.id, reason));
    if (result.ok) onChange(result.value);
  };

  return (
    <section className="pass-issued" data-testid="pass-issued" aria-label={t('passes.issue.issued')}>
      <h2 ref={heading} tabIndex={-1}>
        {t('passes.issue.issued')}
      </h2>
      {qr === null ? null : <img src={qr} alt={t('passes.issue.qrAlt', { name: pass.name })} />}
      <code data-testid="pass-text">{pass.text}</code>
      <p>
        <PrintLink className="button" href={passesApi.pdfUrl(pass.id, 'es')}>
          {t('passes.issue.printEs')}
        </PrintLink>{' '}
        <PrintLink className="button button-secondary" href={passesApi.pdfUrl(pass.id, 'en')}>
          {t('passes.issue.printEn')}
        </PrintLink>
      </p>
      {pass.revoked ? (
        <p className="notice notice-error" role="status">
          {t('passes.issue.revoked', {
            cause: revocationText(pass.revoked, t),
            reason: pass.revoked.reason,
          })}
        </p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void revoke();
          }}
          noValidate
        >
          <TextField
            id="pass-revoke-reason"
            label={t('passes.issue.revokeReason')}
            hint={t('passes.issue.revokeReasonHint')}
            value={reason}
            onChange={setReason}
            error={errors.reason}
            required
            maxLength={PASS_TEXT_LIMITS.revokeReason}
          />
          {call.problem ? <ProblemMessage problem={call.problem} /> : null}
          <SubmitRow tone="danger" label={t('passes.issue.revoke')} disabled={call.busy} />
        </form>
      )}
    </section>
  );
}

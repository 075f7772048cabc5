// The checkpoint's pass verifier: works with no network, against the keyset kept on the device. A
// scanner (or a person) types or pastes the pass text and presses Enter; the verdict shows at once,
// judged on the server's clock as last learnt (check-pass.ts), its times on the checkpoint's.
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keyRingOf, revokedOf } from '../../../domain/passes';
import { useClockOffset } from '../../offline/server-clock';
import { type CheckedPass, checkPass } from './check-pass';
import { KeysetStatus } from './keyset-status';
import { useKeyset } from './keyset-store';
import { PassVerdict } from './pass-verdict';
import { PassZone, useVerifierPlace } from './pass-zone';
import './passes.css';
import { PageFrame } from '../../components/page-frame';
import { READER_GAP_MS } from '../booth/zone-in-field';

export function VerifyPassPage() {
  const { t } = useTranslation();
  const { kept, source } = useKeyset();
  const clockOffset = useClockOffset();
  const place = useVerifierPlace();
  const [text, setText] = useState('');
  const [result, setResult] = useState<CheckedPass | null>(null);
  // An Enter with nothing typed (a scan that read nothing) says so, instead of leaving the last
  // person's verdict on screen as if it were this one's.
  const [empty, setEmpty] = useState(false);
  const input = useRef<HTMLTextAreaElement>(null);
  // When the last pass was checked: a scanner set to end with CR and LF sends a second Enter right
  // after the first, on the field just emptied; that one is the scan's end, not an empty scan.
  const checkedAt = useRef(Number.NEGATIVE_INFINITY);
  // A scanner types like a keyboard: its first pass must land in the field, not on the page. After the
  // layout has moved focus to the page's content, as the booth's scan field does.
  useEffect(() => {
    const timer = setTimeout(() => input.current?.focus(), 0);
    return () => clearTimeout(timer);
  }, []);
  const ring = useMemo(
    () => (kept ? { keys: keyRingOf(kept.keyset), revoked: revokedOf(kept.keyset) } : null),
    [kept],
  );

  const check = async (event?: FormEvent) => {
    event?.preventDefault();
    if (ring === null) return;
    if (text.trim() === '') {
      if (performance.now() - checkedAt.current <= READER_GAP_MS) return;
      setResult(null);
      setEmpty(true);
      input.current?.focus();
      return;
    }
    checkedAt.current = performance.now();
    setResult(await checkPass(text, ring, Date.now(), clockOffset));
    checkedAt.current = performance.now();
    setText('');
    input.current?.focus();
  };

  return (
    <PageFrame testId="pass-verify-page" title={t('passes.verify.title')} lead={t('passes.verify.lead')}>
      <KeysetStatus kept={kept} source={source} clockOffset={clockOffset} timeZone={place.timeZone} />
      <PassZone place={place} />
      <form className="pass-input" onSubmit={(e) => void check(e)}>
        <label htmlFor="pass-text">{t('passes.verify.input')}</label>
        <textarea
          id="pass-text"
          ref={input}
          value={text}
          rows={3}
          spellCheck={false}
          autoComplete="off"
          // A scanner types the text and ends with Enter.
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) void check(e);
          }}
          onChange={(e) => {
            // A new pass begins: the verdict on screen was the last one's.
            if (text === '') setResult(null);
            setEmpty(false);
            setText(e.target.value);
          }}
          aria-describedby="pass-text-hint"
        />
        <p id="pass-text-hint" className="hint">
          {t('passes.verify.hint')}
        </p>
        <button type="submit" className="button" disabled={ring === null}>
          {t('passes.verify.check')}
        </button>
      </form>
      {empty ? (
        <p className="notice notice-warning" role="status" data-testid="pass-empty">
          {t('passes.verify.empty')}
        </p>
      ) : null}
      {result === null ? null : <PassVerdict checked={result} timeZone={place.timeZone} />}
    </PageFrame>
  );
}

// Sign in with username and password. After signing in, go back to the page that asked for it.
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { TEXT_LIMITS } from '../../api/common';
import { FormFeedback } from '../components/form-feedback';
import { ProblemMessage } from '../components/problem-message';
import { TextField } from '../components/text-field';
import { useApiCall } from '../hooks/use-api-call';
import { usePageTitle } from '../hooks/use-page-title';
import { useRequiredFields } from '../hooks/use-required-fields';
import { returnPath } from '../routes';
import { useSession } from '../session/session';
import { WaitingOnDevice } from '../session/waiting-on-device';

export function LoginPage() {
  const { t } = useTranslation();
  const { state, login } = useSession();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { busy, problem, run, clear } = useApiCall();
  // "No connection" from a try made offline says nothing true once the network is back.
  useEffect(() => {
    window.addEventListener('online', clear);
    return () => window.removeEventListener('online', clear);
  }, [clear]);
  const required = useRequiredFields({ username, password });
  usePageTitle(t('login.title'));

  if (state.status === 'signed-in')
    return <Navigate to={returnPath(location.state, state.user.role)} replace />;
  if (state.status === 'checking') {
    return (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!required.isComplete()) return;
    const result = await run(() => login(username.trim(), password));
    // A refused password is cleared for the next try, and not marked as left blank beside the refusal.
    if (!result.ok) {
      setPassword('');
      required.reset();
    }
  }

  return (
    <div className="login" data-testid="login-page">
      <div className="login-panel">
        <h1>{t('login.title')}</h1>
        <p className="lead">{t('login.intro')}</p>
        {state.status === 'signed-out' && state.reason === 'expired' ? (
          <p className="notice notice-info">{t('login.expired')}</p>
        ) : null}
        {state.status === 'signed-out' && state.reason === 'logged-out' ? (
          <p className="notice notice-info" data-testid="login-signed-out">
            {state.serverPending === true ? t('session.signOutPending') : t('login.loggedOut')}
          </p>
        ) : null}
        <WaitingOnDevice />
        {state.status === 'signed-out' && state.problem !== undefined ? (
          <ProblemMessage problem={state.problem} />
        ) : null}
        <form className="form" onSubmit={(event) => void submit(event)} aria-busy={busy} noValidate>
          <TextField
            id="login-username"
            name="username"
            label={t('login.username')}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            maxLength={TEXT_LIMITS.username}
            error={required.errors.username}
            value={username}
            onChange={setUsername}
          />
          <TextField
            id="login-password"
            name="password"
            type="password"
            label={t('login.password')}
            autoComplete="current-password"
            required
            maxLength={TEXT_LIMITS.password}
            error={required.errors.password}
            value={password}
            onChange={setPassword}
          />
          <FormFeedback problem={problem} />
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('login.submitting') : t('login.submit')}
          </button>
        </form>
      </div>
    </div>
  );
}

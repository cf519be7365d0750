import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/states';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { isApiError } from '@/lib/api-error';
import { describeError } from '@/lib/describe-error';
import { formatWait, t } from '@/lib/i18n';
import { parseSignInReason, safeNextPath } from '@/lib/sign-in-redirect';
import { organizationChoices, useSignIn } from '../api/sign-in';
import { homePath } from '../lib/permissions';

function signInErrorMessage(error: unknown): string {
  if (isApiError(error) && error.status === 401) return t('auth.signIn.wrongPassword');
  if (organizationChoices(error)) return t('auth.signIn.chooseOrganization');
  if (isApiError(error) && error.status === 429) {
    return error.retryAfterSeconds === null
      ? t('auth.signIn.throttledNoTime')
      : t('auth.signIn.throttled', { wait: formatWait(error.retryAfterSeconds) });
  }
  return describeError(error);
}

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);
  const [organization, setOrganization] = useState<number | undefined>(undefined);
  // Kept after the next attempt fails too, so that the select does not vanish under the user.
  const [choices, setChoices] = useState<{ id: number; name: string }[] | null>(null);

  useEffect(() => {
    document.title = `${t('auth.signIn.submit')} · ${t('app.name')}`;
  }, []);

  const reason = parseSignInReason(searchParams.get('reason'));
  const next = searchParams.get('next');

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (email.trim() === '' || password === '') {
      setMissing(true);
      return;
    }
    setMissing(false);
    signIn.mutate(
      { email: email.trim(), password, organization: choices ? organization : undefined },
      {
        onError: (failure) => {
          const offered = organizationChoices(failure);
          if (!offered) return;
          setChoices(offered);
          setOrganization(offered[0]?.id);
        },
        onSuccess: (session) => {
          const target = next ? safeNextPath(next) : homePath(session.permissions);
          navigate(target, { replace: true });
        },
      },
    );
  }

  const error = signIn.isError ? signInErrorMessage(signIn.error) : null;

  return (
    <main id="main" className="sign-in">
      <form
        className="sign-in__form"
        onSubmit={onSubmit}
        noValidate
        aria-labelledby="sign-in-title"
      >
        <h1 id="sign-in-title" className="sign-in__title">
          {t('auth.signIn.title')}
        </h1>
        {reason === 'session-expired' && !error ? (
          <p className="notice" role="status">
            {t('auth.signIn.sessionExpired')}
          </p>
        ) : null}
        {reason === 'signed-out' && !error ? (
          <p className="notice" role="status">
            {t('auth.signIn.signedOut')}
          </p>
        ) : null}
        {error ? <FormAlert>{error}</FormAlert> : null}
        {missing ? <FormAlert>{t('auth.signIn.required')}</FormAlert> : null}
        <TextField
          label={t('auth.signIn.email')}
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <TextField
          label={t('auth.signIn.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
        />
        {choices ? (
          <SelectField
            label={t('auth.signIn.organization')}
            name="organization"
            value={organization ?? ''}
            onChange={(event) => setOrganization(Number(event.target.value))}
          >
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <Button type="submit" variant="primary" disabled={signIn.isPending}>
          {signIn.isPending ? t('auth.signIn.submitting') : t('auth.signIn.submit')}
        </Button>
      </form>
    </main>
  );
}

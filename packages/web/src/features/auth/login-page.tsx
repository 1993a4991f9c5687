import type { Me } from '@motcua/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { Link } from '../../app/router.js';
import { FormField } from '../../components/form-field.js';
import { LanguageSwitch } from '../../components/language-switch.js';
import { PageTitle } from '../../components/page-title.js';
import { useMessages } from '../../i18n/language.js';
import { signIn } from './auth-api.js';

/** Why the login page is showing, when it is not the first visit. */
export type LoginNotice = 'sessionExpired' | 'signedOut';

interface LoginPageProps {
  notice: LoginNotice | undefined;
  onSignedIn: (me: Me) => void;
}

export function LoginPage({ notice, onSignedIn }: LoginPageProps) {
  const t = useMessages();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSubmitting) return;
    setIsSubmitting(true);
    setError('');
    try {
      onSignedIn(await signIn(username.trim(), password));
    } catch (failure) {
      // The server words its refusal (wrong password, locked account) in the requested language.
      setError(failure instanceof ApiError ? failure.message : t.common.networkError);
      setIsSubmitting(false);
    }
  }

  return (
    <div className="login-layout">
      <header className="site-header">
        <p className="product-name">{t.common.productName}</p>
        <LanguageSwitch />
      </header>
      <main id="main" className="login-main">
        <PageTitle>{t.auth.heading}</PageTitle>
        <p>{t.auth.intro}</p>
        {notice && (
          <p role="status" className="alert alert-info">
            {notice === 'sessionExpired' ? t.auth.sessionExpired : t.auth.signedOut}
          </p>
        )}
        {/* Always in the page, so screen readers already watch it when an error arrives. */}
        <div role="alert" className="alert-region">
          {error && <p className="alert alert-error">{error}</p>}
        </div>
        <form className="login-form" onSubmit={handleSubmit}>
          <FormField label={t.auth.username}>
            {(control) => (
              <input
                {...control}
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                value={username}
                onChange={(event) => setUsername(event.target.value)}
              />
            )}
          </FormField>
          <FormField label={t.auth.password}>
            {(control) => (
              <input
                {...control}
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            )}
          </FormField>
          <button type="submit" className="button-primary">
            {isSubmitting ? t.auth.submitting : t.auth.submit}
          </button>
        </form>
        {/* Citizens land here too; the public catalog needs no account. */}
        <div className="login-public-link">
          <p>
            <Link to="/thu-tuc">{t.catalog.public.linkFromLogin}</Link>
          </p>
          <p>{t.catalog.public.linkFromLoginHint}</p>
          <p>
            <Link to="/tra-cuu-ho-so">{t.dossiers.lookup.linkFromLogin}</Link>
          </p>
          <p>{t.dossiers.lookup.linkFromLoginHint}</p>
        </div>
      </main>
    </div>
  );
}

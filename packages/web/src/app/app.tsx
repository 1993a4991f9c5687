import type { Me } from '@motcua/core';
import { useEffect, useState } from 'react';
import { handleSessionExpiry } from '../api/client.js';
import { findCurrentUser, signOut } from '../features/auth/auth-api.js';
import { LoginPage, type LoginNotice } from '../features/auth/login-page.js';
import { isPublicPath, PublicSite } from '../features/public/public-site.js';
import { useMessages } from '../i18n/language.js';
import { navigate, usePath } from './router.js';
import { Shell } from './shell.js';

type Session =
  | { status: 'checking' }
  | { status: 'anonymous'; notice?: LoginNotice }
  | { status: 'signedIn'; me: Me; isFreshSignIn: boolean };

export function App() {
  const t = useMessages();
  const [session, setSession] = useState<Session>({ status: 'checking' });
  const path = usePath();
  // Arriving at a public page by a link (not by loading it) moves focus to its heading.
  const [landingPath] = useState(path);
  const [hasNavigated, setHasNavigated] = useState(false);
  if (!hasNavigated && path !== landingPath) setHasNavigated(true);

  useEffect(() => {
    handleSessionExpiry(() => setSession({ status: 'anonymous', notice: 'sessionExpired' }));
    findCurrentUser().then(
      (me) => setSession(me ? { status: 'signedIn', me, isFreshSignIn: false } : { status: 'anonymous' }),
      () => setSession({ status: 'anonymous' }),
    );
  }, []);

  async function handleSignOut() {
    try {
      await signOut();
    } catch {
      // The session may already be gone server-side; the user is signed out here either way.
    }
    navigate('/');
    setSession({ status: 'anonymous', notice: 'signedOut' });
  }

  // The public catalog is for everyone, signed in or not, and does not wait for the session.
  if (isPublicPath(path))
    return <PublicSite path={path} isSignedIn={session.status === 'signedIn'} hasNavigated={hasNavigated} />;

  switch (session.status) {
    case 'checking':
      return (
        <main id="main">
          <p role="status">{t.common.loading}</p>
        </main>
      );
    case 'anonymous':
      return (
        <LoginPage
          notice={session.notice}
          onSignedIn={(me) => setSession({ status: 'signedIn', me, isFreshSignIn: true })}
        />
      );
    case 'signedIn':
      return <Shell me={session.me} isFreshSignIn={session.isFreshSignIn} onSignOut={handleSignOut} />;
  }
}

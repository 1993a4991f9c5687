import { ROLE_LABELS, type Me } from '@motcua/core';
import { useEffect, useRef } from 'react';
import { LanguageSwitch } from '../components/language-switch.js';
import { PageTitle } from '../components/page-title.js';
import { useLanguage, useMessages } from '../i18n/language.js';
import { Link, usePath } from './router.js';
import { isAllowed, matchRoute, ROUTES } from './routes.js';

interface ShellProps {
  me: Me;
  /** True right after the login form: focus then moves to the page heading. */
  isFreshSignIn: boolean;
  onSignOut: () => void;
}

export function Shell({ me, isFreshSignIn, onSignOut }: ShellProps) {
  const t = useMessages();
  const language = useLanguage();
  const path = usePath();
  const menu = ROUTES.filter((route) => route.isInMenu !== false && isAllowed(route, me));
  const match = matchRoute(path);
  useFocusHeadingOnNavigation(path, isFreshSignIn);

  return (
    <>
      <a className="skip-link" href="#main">
        {t.shell.skipToContent}
      </a>
      <header className="site-header">
        <div className="brand">
          <p className="product-name">MotCua</p>
          <p className="agency-name">{me.agency.name}</p>
        </div>
        <div className="account" role="group" aria-label={t.shell.account}>
          <p className="user">
            <span className="user-name">{me.fullName}</span>
            <span className="user-role">{ROLE_LABELS[me.role][language]}</span>
          </p>
          <LanguageSwitch />
          <button type="button" onClick={onSignOut}>
            {t.auth.signOut}
          </button>
        </div>
      </header>
      <nav className="site-nav" aria-label={t.shell.mainMenu}>
        <ul>
          {menu.map((entry) => (
            <li key={entry.path}>
              <Link to={entry.path} aria-current={currentness(entry.path, path)}>
                {entry.label(t)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" tabIndex={-1}>
        {!match ? (
          <Notice title={t.shell.notFoundTitle} body={t.shell.notFoundBody} />
        ) : !isAllowed(match.route, me) ? (
          <Notice title={t.shell.forbiddenTitle} body={t.shell.forbiddenBody} />
        ) : (
          match.route.render(me, match.params)
        )}
      </main>
    </>
  );
}

/** The menu entry of the page shown is the current page; on a record under it, its section. */
function currentness(entryPath: string, path: string): 'page' | 'true' | undefined {
  if (entryPath === path) return 'page';
  return entryPath !== '/' && path.startsWith(`${entryPath}/`) ? 'true' : undefined;
}

function Notice({ title, body }: { title: string; body: string }) {
  const t = useMessages();
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <p>{body}</p>
      <p>
        <Link to="/">{t.shell.backHome}</Link>
      </p>
    </>
  );
}

/**
 * A client-side navigation does not move focus the way a page load does; put it on the new
 * page's heading so screen-reader and keyboard users start reading there.
 */
export function useFocusHeadingOnNavigation(path: string, isFreshSignIn: boolean) {
  // Remembering the last focused path (rather than a "first render" flag) keeps this
  // correct when React runs effects twice in development.
  const focusedPath = useRef<string | null>(isFreshSignIn ? null : path);
  useEffect(() => {
    if (focusedPath.current === path) return;
    focusedPath.current = path;
    return focusHeadingWhenShown();
  }, [path]);
}

/** A record's page shows its heading once loaded: wait for it a few seconds, no longer. */
function focusHeadingWhenShown(): () => void {
  const focus = () => {
    const heading = document.querySelector<HTMLElement>('main h1');
    heading?.focus();
    return heading !== null;
  };
  if (focus()) return () => {};
  const observer = new MutationObserver(() => {
    if (focus()) stop();
  });
  const timer = window.setTimeout(() => stop(), 5_000);
  function stop() {
    observer.disconnect();
    window.clearTimeout(timer);
  }
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}

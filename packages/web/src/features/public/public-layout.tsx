import type { ReactNode } from 'react';
import { Link } from '../../app/router.js';
import { LanguageSwitch } from '../../components/language-switch.js';
import { useMessages } from '../../i18n/language.js';
import '../catalog/catalog.css';

/** The frame of the pages anyone may read without signing in. */
export function PublicLayout({ children, isSignedIn }: { children: ReactNode; isSignedIn: boolean }) {
  const t = useMessages();
  return (
    <>
      <a className="skip-link" href="#main">
        {t.shell.skipToContent}
      </a>
      <header className="site-header public-header">
        <div className="brand">
          <p className="product-name">{t.common.productName}</p>
        </div>
        <nav aria-label={t.catalog.public.headerGroup}>
          <ul>
            <li>
              <Link to="/thu-tuc">{t.catalog.public.title}</Link>
            </li>
            <li>
              <Link to="/tra-cuu-ho-so">{t.dossiers.lookup.linkFromHeader}</Link>
            </li>
            <li>
              <Link to="/thu-gom-ho-so">{t.postalCounter.publicRequest.link}</Link>
            </li>
            <li>
              <Link to="/">{isSignedIn ? t.catalog.public.staffHome : t.catalog.public.staffSignIn}</Link>
            </li>
            <li>
              <LanguageSwitch />
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}

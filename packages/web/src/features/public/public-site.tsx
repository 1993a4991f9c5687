import { useFocusHeadingOnNavigation } from '../../app/shell.js';
import { PublicLayout } from './public-layout.js';
import { PublicProcedurePage } from './public-procedure-page.js';
import { PublicSearchPage } from './public-search-page.js';

export const PUBLIC_PREFIX = '/thu-tuc';

/** Whether a path belongs to the public pages, which need no session. */
export function isPublicPath(path: string): boolean {
  return path === PUBLIC_PREFIX || path.startsWith(`${PUBLIC_PREFIX}/`);
}

/** The public pages: the catalog search and each procedure, for anyone. */
interface PublicSiteProps {
  path: string;
  isSignedIn: boolean;
  /** True when the visitor came here by a link inside the app rather than by loading the page. */
  hasNavigated: boolean;
}

export function PublicSite({ path, isSignedIn, hasNavigated }: PublicSiteProps) {
  useFocusHeadingOnNavigation(path, hasNavigated);
  const code = path.startsWith(`${PUBLIC_PREFIX}/`) ? decodeSegment(path.slice(PUBLIC_PREFIX.length + 1)) : null;
  return (
    <PublicLayout isSignedIn={isSignedIn}>
      {code ? <PublicProcedurePage key={code} code={code} /> : <PublicSearchPage />}
    </PublicLayout>
  );
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed address simply finds no procedure
  }
}

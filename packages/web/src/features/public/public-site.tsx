import { useFocusHeadingOnNavigation } from '../../app/shell.js';
import { LOOKUP_PREFIX, PublicLookupPage } from './public-lookup-page.js';
import { PublicLayout } from './public-layout.js';
import { PublicProcedurePage } from './public-procedure-page.js';
import { PublicSearchPage } from './public-search-page.js';
import { VERIFY_PREFIX, VerifyResultPage } from '../results/verify-result-page.js';
import { PUBLIC_PICKUP_PATH } from '../postal/postal-counter-api.js';
import { PublicPickupPage } from '../postal/public-pickup-page.js';

export const PUBLIC_PREFIX = '/thu-tuc';

const startsWith = (path: string, prefix: string) => path === prefix || path.startsWith(`${prefix}/`);

/** Whether a path belongs to the public pages, which need no session. */
export function isPublicPath(path: string): boolean {
  return (
    startsWith(path, PUBLIC_PREFIX) ||
    startsWith(path, LOOKUP_PREFIX) ||
    startsWith(path, VERIFY_PREFIX) ||
    startsWith(path, PUBLIC_PICKUP_PATH)
  );
}

/** The public pages: the catalog search, each procedure, and the dossier lookup, for anyone. */
interface PublicSiteProps {
  path: string;
  isSignedIn: boolean;
  /** True when the visitor came here by a link inside the app rather than by loading the page. */
  hasNavigated: boolean;
}

export function PublicSite({ path, isSignedIn, hasNavigated }: PublicSiteProps) {
  useFocusHeadingOnNavigation(path, hasNavigated);
  return <PublicLayout isSignedIn={isSignedIn}>{publicPage(path)}</PublicLayout>;
}

function publicPage(path: string) {
  if (startsWith(path, VERIFY_PREFIX)) {
    const id = segmentAfter(path, VERIFY_PREFIX);
    return <VerifyResultPage key={id ?? ''} id={id} />;
  }
  if (startsWith(path, PUBLIC_PICKUP_PATH)) {
    const code = segmentAfter(path, PUBLIC_PICKUP_PATH);
    return <PublicPickupPage key={code ?? ''} procedureCode={code} />;
  }
  if (startsWith(path, LOOKUP_PREFIX)) {
    const code = segmentAfter(path, LOOKUP_PREFIX);
    return <PublicLookupPage key={code ?? ''} code={code} />;
  }
  const code = segmentAfter(path, PUBLIC_PREFIX);
  return code ? <PublicProcedurePage key={code} code={code} /> : <PublicSearchPage />;
}

/** The decoded rest of the path after `prefix/`, or null when there is none. */
function segmentAfter(path: string, prefix: string): string | null {
  if (!path.startsWith(`${prefix}/`)) return null;
  const segment = path.slice(prefix.length + 1);
  try {
    return decodeURIComponent(segment) || null;
  } catch {
    return segment; // a malformed address simply finds nothing
  }
}

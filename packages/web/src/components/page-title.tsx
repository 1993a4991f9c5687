import { useEffect } from 'react';

/**
 * The page's one h1, also used as the document title. It can take focus (tabIndex -1) so the
 * shell can move focus to it after client-side navigation, as a full page load would.
 */
export function PageTitle({ children }: { children: string }) {
  useEffect(() => {
    document.title = `${children} · MotCua`;
  }, [children]);
  return <h1 tabIndex={-1}>{children}</h1>;
}

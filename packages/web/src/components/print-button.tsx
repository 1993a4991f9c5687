import { useMessages } from '../i18n/language.js';

/** Prints the current page; the print stylesheet hides navigation and controls. */
export function PrintButton() {
  const t = useMessages();
  return (
    <button type="button" className="no-print" onClick={() => window.print()}>
      {t.common.print}
    </button>
  );
}

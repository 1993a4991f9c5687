import { useMessages } from '../i18n/language.js';

interface PaginationProps {
  page: number;
  pageSize: number;
  total: number;
  onPageChange: (page: number) => void;
}

export function Pagination({ page, pageSize, total, onPageChange }: PaginationProps) {
  const t = useMessages();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  // aria-disabled rather than disabled: a disabled button drops keyboard focus to the page top.
  const button = (label: string, target: number, isEnabled: boolean) => (
    <button type="button" aria-disabled={!isEnabled} onClick={() => isEnabled && onPageChange(target)}>
      {label}
    </button>
  );
  return (
    <nav className="pagination no-print" aria-label={t.common.pagination}>
      {button(t.common.previousPage, page - 1, page > 1)}
      <span aria-live="polite">
        {t.common.pageOf(page, pages)} · {t.common.totalItems(total)}
      </span>
      {button(t.common.nextPage, page + 1, page < pages)}
    </nav>
  );
}

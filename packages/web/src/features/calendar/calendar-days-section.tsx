import type { CalendarDayEntry, CalendarDayList } from '@motcua/core';
import { useId, useRef, useState } from 'react';
import { useResource } from '../../api/use-resource.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { useMessages } from '../../i18n/language.js';
import { formatDate } from '../../lib/format-date.js';
import { daysPath, deleteCalendarDay } from './calendar-api.js';
import { CalendarDayForm } from './calendar-day-form.js';
import { vietnamYear, weekdayName } from './calendar-format.js';

/** Years offered: a few either side of this one, and any year the user has landed on. */
function yearChoices(current: number, selected: number): number[] {
  const years = new Set<number>([selected]);
  for (let year = current - 2; year <= current + 3; year += 1) years.add(year);
  return [...years].sort((a, b) => a - b);
}

export function CalendarDaysSection({ canManage }: { canManage: boolean }) {
  const t = useMessages();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const thisYear = vietnamYear();
  const [year, setYear] = useState(thisYear);
  const days = useResource<CalendarDayList>(daysPath(year));
  const [editing, setEditing] = useState<CalendarDayEntry | null>(null);
  const [deleting, setDeleting] = useState<CalendarDayEntry | null>(null);
  const [notice, setNotice] = useState('');
  const [deleteError, setDeleteError] = useState('');

  function handleSaved(day: CalendarDayEntry) {
    setEditing(null);
    setNotice(t.calendar.saved(formatDate(day.date)));
    // Show the year of the day just saved, so the user sees it in the list.
    const savedYear = Number(day.date.slice(0, 4));
    if (savedYear === year) days.reload();
    else setYear(savedYear);
  }

  async function confirmDelete() {
    const day = deleting;
    setDeleting(null);
    if (!day) return;
    setDeleteError('');
    try {
      await deleteCalendarDay(day.date);
      if (editing?.date === day.date) setEditing(null);
      setNotice(t.calendar.deleted(formatDate(day.date)));
      days.reload();
    } catch (error) {
      setDeleteError(error instanceof Error ? error.message : t.common.networkError);
    }
    // The row and its button are gone: continue from the section heading instead.
    headingRef.current?.focus();
  }

  const columns: Column<CalendarDayEntry>[] = [
    { header: t.calendar.date, cell: (day) => <time dateTime={day.date}>{formatDate(day.date)}</time> },
    { header: t.calendar.weekday, cell: (day) => weekdayName(day.date, t) },
    { header: t.calendar.kind, cell: (day) => t.calendar.kinds[day.kind] },
    { header: t.calendar.name, cell: (day) => day.name },
    { header: t.calendar.confirmed, cell: (day) => (day.confirmed ? t.common.yes : t.common.no) },
  ];
  if (canManage) {
    columns.push({
      header: t.calendar.actions,
      cell: (day) => (
        <div className="actions no-print">
          <button type="button" aria-label={t.calendar.editLabel(formatDate(day.date))} onClick={() => setEditing(day)}>
            {t.calendar.edit}
          </button>
          <button
            type="button"
            aria-label={t.calendar.deleteLabel(formatDate(day.date))}
            onClick={() => setDeleting(day)}
          >
            {t.calendar.delete}
          </button>
        </div>
      ),
    });
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t.calendar.daysHeading}
      </h2>
      {/* In the grid, the year takes one column's width instead of the page's. */}
      <div className="form-grid">
        <FormField label={t.calendar.year}>
          {(control) => (
            <select {...control} name="year" value={year} onChange={(event) => setYear(Number(event.target.value))}>
              {yearChoices(thisYear, year).map((choice) => (
                <option key={choice} value={choice}>
                  {choice}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <div role="status">{notice && <p className="alert alert-success">{notice}</p>}</div>
      {deleteError && <ErrorAlert message={deleteError} />}
      <LoadStatus error={days.error} isLoading={days.isLoading} />
      {days.data && (
        <DataTable
          caption={t.calendar.daysCaption(year)}
          columns={columns}
          rows={days.data.items}
          rowKey={(day) => day.date}
        />
      )}
      {canManage && (
        <CalendarDayForm
          key={editing?.date ?? 'new'}
          editing={editing}
          onSaved={handleSaved}
          onCancelEdit={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        isOpen={deleting !== null}
        title={t.calendar.deleteTitle}
        confirmLabel={t.common.confirm}
        cancelLabel={t.common.cancel}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        <p>{deleting && t.calendar.deleteBody(formatDate(deleting.date), deleting.name)}</p>
      </ConfirmDialog>
    </section>
  );
}

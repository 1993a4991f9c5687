import type { ChannelFiguresReport } from '@motcua/core';
import { useState, type FormEvent } from 'react';
import { useResource } from '../../api/use-resource.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { PrintButton } from '../../components/print-button.js';
import { useMessages } from '../../i18n/language.js';
import { formatDate } from '../../lib/format-date.js';

/** Today in Việt Nam as yyyy-MM-dd and the first day of its year: the default period. */
function thisYear(): { from: string; to: string } {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** Số liệu theo kênh: receptions by channel, returns by method, postal staff handling; printable, XLSX. */
export function ChannelFiguresPage() {
  const messages = useMessages();
  const t = messages.escalations.figures;
  const [range, setRange] = useState(thisYear);
  const [draft, setDraft] = useState(range);
  const isValid = draft.from !== '' && draft.to !== '' && draft.from <= draft.to;
  const query = new URLSearchParams(range).toString();
  const report = useResource<ChannelFiguresReport>(`/api/reports/channel-figures?${query}`);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isValid) setRange(draft);
  }

  const r = report.data;
  const rows: { section: string; items: [string, number][] }[] = r
    ? [
        {
          section: t.received,
          items: [
            [t.counter, r.received.counter],
            [t.post, r.received.post],
            [t.online, r.received.online],
            [t.total, r.received.total],
          ],
        },
        {
          section: t.returned,
          items: [
            [t.counter, r.returned.counter],
            [t.post, r.returned.post],
            [t.electronic, r.returned.electronic],
            [t.total, r.returned.total],
          ],
        },
        {
          section: t.postal,
          items: [
            [t.postalReceived, r.postalStaff.received],
            [t.postalReturned, r.postalStaff.returned],
            [t.postalHandled, r.postalStaff.handled],
          ],
        },
      ]
    : [];
  return (
    <>
      <div className="toolbar">
        <PageTitle>{t.title}</PageTitle>
        <PrintButton />
      </div>
      <p>{t.intro}</p>
      <form className="range-form no-print" onSubmit={handleSubmit}>
        <FormField label={t.from}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.from}
              onChange={(e) => setDraft({ ...draft, from: e.target.value })}
            />
          )}
        </FormField>
        <FormField label={t.to}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.to}
              onChange={(e) => setDraft({ ...draft, to: e.target.value })}
            />
          )}
        </FormField>
        <button type="submit" disabled={!isValid}>
          {t.show}
        </button>
        <a href={`/api/reports/channel-figures.xlsx?${query}`} download>
          {t.exportXlsx}
        </a>
      </form>
      <LoadStatus error={report.error} isLoading={report.isLoading && !r} />
      {r && (
        <>
          <p className="lead" data-testid="postal-headline">
            {t.headline(r.postalStaff.handled, formatDate(r.from), formatDate(r.to))}
          </p>
          <div className="table-scroll">
            <table data-testid="channel-figures">
              <caption>{`${t.title}: ${formatDate(r.from)} – ${formatDate(r.to)}`}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.item}</th>
                  <th scope="col">{t.count}</th>
                </tr>
              </thead>
              {rows.map((group) => (
                <tbody key={group.section}>
                  <tr>
                    <th scope="colgroup" colSpan={2}>
                      {group.section}
                    </th>
                  </tr>
                  {group.items.map(([label, n]) => (
                    <tr key={label}>
                      <th scope="row">{label}</th>
                      <td>{n.toLocaleString('vi-VN')}</td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </div>
        </>
      )}
    </>
  );
}

import type { ChannelFiguresReport } from '@motcua/core';
import { useState } from 'react';
import { useResource } from '../../api/use-resource.js';
import { DateRangeForm } from '../../components/date-range-form.js';
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
  const query = new URLSearchParams(range).toString();
  const report = useResource<ChannelFiguresReport>(`/api/reports/channel-figures?${query}`);

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
      <DateRangeForm value={range} onSubmit={setRange} labels={t}>
        <a href={`/api/reports/channel-figures.xlsx?${query}`} download>
          {t.exportXlsx}
        </a>
      </DateRangeForm>
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

import { useId } from 'react';
import { PrintButton } from '../../components/print-button.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { useLanguage, useMessages } from '../../i18n/language.js';
import type { Messages } from '../../i18n/vi.js';
import { formatDateTime } from '../../lib/format-date.js';
import { formatMoney } from '../catalog/catalog-format.js';
import type { DossierDetail, DossierEventView } from './dossier-api.js';
import { actionLabel, roleLabel } from './dossier-format.js';

/**
 * The process control slip (phiếu kiểm soát quá trình, DOMAIN.md §6): one row per step of the
 * log. The system records the trail, so the trail replaces the signatures.
 */
export function ProcessControlSlip({ dossier }: { dossier: DossierDetail }) {
  const messages = useMessages();
  const language = useLanguage();
  const t = messages.dossiers;
  const c = t.detail.controlColumns;
  const headingId = useId();
  const columns: Column<DossierEventView>[] = [
    { header: c.no, cell: (event) => event.seq },
    {
      header: c.from,
      cell: (event) => (
        <>
          {event.actorName ?? t.detail.system}
          <br />
          <span className="muted">{roleLabel(event.actorRole, language, t)}</span>
        </>
      ),
    },
    { header: c.action, cell: (event) => actionLabel(event.action, t) },
    { header: c.at, cell: (event) => <span className="nowrap">{formatDateTime(event.at)}</span> },
    { header: c.note, cell: (event) => <span className="preserve-lines">{eventNote(event, dossier, messages)}</span> },
  ];
  return (
    <section aria-labelledby={headingId} className="control-slip" data-testid="control-slip">
      <div className="toolbar">
        <h2 id={headingId}>{t.detail.controlSlipHeading}</h2>
        <PrintButton />
      </div>
      <DataTable
        caption={t.detail.controlSlipCaption}
        columns={columns}
        rows={dossier.events}
        rowKey={(event) => event.seq}
      />
    </section>
  );
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** What a step carried, in words: who was assigned, what to supplement, who took the result. */
function eventNote(event: DossierEventView, dossier: DossierDetail, messages: Messages): string {
  const t = messages.dossiers;
  const data = event.data;
  const lines: string[] = [];
  // Every assignment names its specialist, not only the current one (re-assignments stay readable).
  const assignee = event.subjectName ?? (data.specialistId === dossier.assigneeId ? dossier.assigneeName : null);
  if (event.action === 'assign' && assignee) lines.push(t.detail.assignedTo(assignee));
  if (event.action === 'send_to_agency' && text(data.agencyName))
    lines.push(t.clock.atOtherAgency(text(data.agencyName), formatDateTime(event.at), Number(data.budgetDays) || 0));
  if (event.action === 'request_supplement' && Array.isArray(data.items)) {
    for (const item of data.items as { name?: unknown; reason?: unknown }[]) {
      const reason = t.supplementReasons[text(item.reason) as keyof typeof t.supplementReasons];
      lines.push(`• ${text(item.name)}${reason ? ` (${reason})` : ''}`);
    }
  }
  if (typeof data.amountVnd === 'number') lines.push(formatMoney(data.amountVnd));
  if (text(data.resultNumber)) lines.push(t.detail.resultNumber(text(data.resultNumber)));
  if (text(data.newDueAt)) lines.push(t.detail.newDueAt(formatDateTime(text(data.newDueAt))));
  if (text(data.recipientName)) {
    const channel = t.returnChannels[text(data.returnChannel) as keyof typeof t.returnChannels] ?? '';
    lines.push(t.detail.recipient(text(data.recipientName), text(data.recipientIdNumber), channel));
  }
  if (text(data.trackingNumber)) lines.push(messages.postal.panel.parcel(text(data.trackingNumber)));
  const reason = t.refusalReasons[text(data.reason) as keyof typeof t.refusalReasons];
  if (reason) lines.push(reason);
  if (text(data.note)) lines.push(text(data.note));
  const h = data.handover as
    { number?: unknown; senderName?: unknown; receiverName?: unknown; confirmedAt?: unknown } | undefined;
  // The hand-over record that moved the paper (modules/postal): both people and the time.
  if (h && text(h.number))
    lines.push(
      messages.postalCounter.trail.handover(
        text(h.number),
        text(h.senderName),
        text(h.receiverName),
        formatDateTime(text(h.confirmedAt)),
      ),
    );
  return lines.join('\n') || messages.common.empty;
}

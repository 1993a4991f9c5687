import type { Channels, Fees, ProcedureDetail, ProcessingTime, RequiredDocument, VersionSummary } from '@motcua/core';
import type { ReactNode } from 'react';
import { Link } from '../../app/router.js';
import { useMessages } from '../../i18n/language.js';
import { formatDate } from '../../lib/format-date.js';
import { formatDuration, formatInstantDate, formatMoney, formatNumber } from './catalog-format.js';
import { CatalogTable } from './catalog-table.js';

/** The ways a dossier may be filed and returned, as badges with words (never colour alone). */
export function ChannelBadges({ channels }: { channels: Channels }) {
  const t = useMessages().catalog.procedure;
  const badges: string[] = [];
  if (channels.counter) badges.push(t.channelBadges.counter);
  if (channels.postReceipt) badges.push(t.channelBadges.postReceipt);
  if (channels.postReturn) badges.push(t.channelBadges.postReturn);
  if (channels.online !== 'none') badges.push(t.onlineLevels[channels.online]);
  if (channels.personalPresence) badges.push(t.channelBadges.personalPresence);
  return (
    <ul className="badge-list" data-testid="channel-badges">
      {badges.map((badge) => (
        <li key={badge} className="badge">
          {badge}
        </li>
      ))}
    </ul>
  );
}

export function DocumentsTable({ documents }: { documents: readonly RequiredDocument[] }) {
  const messages = useMessages();
  const t = messages.catalog.procedure;
  const c = t.documentColumns;
  return (
    <CatalogTable
      caption={t.documentsCaption}
      rows={documents}
      rowKey={(_, index) => index}
      rowTestId="document-row"
      columns={[
        { header: c.number, cell: (_, index) => index + 1 },
        { header: c.name, cell: (d) => d.name },
        { header: c.form, cell: (d) => (d.form ? t.documentForms[d.form] : messages.catalog.form.formNotStated) },
        { header: c.copies, cell: (d) => d.copies },
        { header: c.template, cell: (d) => d.formTemplate ?? messages.common.empty },
        { header: c.reusable, cell: (d) => (d.reusableFromNationalData ? t.reusableYes : messages.common.no) },
      ]}
    />
  );
}

export function ProcessingTimeText({ time }: { time: ProcessingTime | null }) {
  const t = useMessages().catalog;
  if (!time) return <p>{t.procedure.notStated}</p>;
  const unit = t.procedure.timeUnits[time.unit];
  return (
    <>
      <p className="procedure-duration" data-testid="processing-time">
        {formatDuration(time, t)}
      </p>
      {time.note && <p>{time.note}</p>}
      {time.steps && (
        <>
          <p>{t.procedure.stepBudgets}:</p>
          <ul>
            {(['counter', 'unit', 'leader'] as const).map((step) => (
              <li key={step}>
                {t.procedure.stepNames[step]}: {formatNumber(time.steps?.[step] ?? 0)} {unit}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export function FeesSection({ fees }: { fees: Fees | null }) {
  const messages = useMessages();
  const t = messages.catalog.procedure;
  if (!fees) return <p>{t.notStated}</p>;
  if (fees.noFee && fees.items.length === 0) return <p data-testid="no-fee">{t.noFee}</p>;
  return (
    <>
      {fees.noFee && <p data-testid="no-fee">{t.noFee}</p>}
      <CatalogTable
        caption={t.feesCaption}
        rows={fees.items}
        rowKey={(_, index) => index}
        rowTestId="fee-row"
        columns={[
          { header: t.feeColumns.kind, cell: (item) => t.feeKinds[item.kind] },
          { header: t.feeColumns.name, cell: (item) => item.name },
          {
            header: t.feeColumns.amount,
            className: 'numeric',
            cell: (item) => (
              <span data-testid="fee-amount">
                {item.amountVnd === null ? t.byPriceList : formatMoney(item.amountVnd)}
              </span>
            ),
          },
          { header: t.feeColumns.note, cell: (item) => item.note ?? messages.common.empty },
        ]}
      />
      {fees.exemptions && (
        <p>
          <strong>{t.exemptions}:</strong> {fees.exemptions}
        </p>
      )}
    </>
  );
}

interface HistoryTableProps {
  detail: Pick<ProcedureDetail, 'status' | 'versionNo' | 'versions'>;
  /** Staff see each decision as a link; citizens see its number. */
  decisionHref?: (version: VersionSummary) => string;
}

export function HistoryTable({ detail, decisionHref }: HistoryTableProps) {
  const messages = useMessages();
  const t = messages.catalog;
  const c = t.procedure.historyColumns;
  const stateOf = (v: VersionSummary): string => {
    if (v.versionNo < detail.versionNo) return t.procedure.versionStates.past;
    if (v.versionNo > detail.versionNo || detail.status === 'not_yet_in_force') return t.procedure.versionStates.future;
    return detail.status === 'abolished' ? t.procedure.statuses.abolished : t.procedure.versionStates.current;
  };
  const decision = (v: VersionSummary): ReactNode =>
    decisionHref ? <Link to={decisionHref(v)}>{v.decision.number}</Link> : v.decision.number;
  return (
    <CatalogTable
      caption={t.procedure.historyCaption}
      rows={detail.versions}
      rowKey={(v) => v.versionNo}
      rowTestId="history-row"
      columns={[
        { header: c.version, cell: (v) => v.versionNo },
        { header: c.kind, cell: (v) => t.changeKinds[v.changeKind] },
        { header: c.decision, cell: decision },
        { header: c.signedOn, cell: (v) => formatDate(v.decision.signedOn) },
        { header: c.effectiveFrom, cell: (v) => formatInstantDate(v.effectiveFrom) },
        {
          header: c.effectiveTo,
          cell: (v) => (v.effectiveTo ? formatInstantDate(v.effectiveTo) : messages.common.empty),
        },
        { header: c.state, cell: stateOf },
      ]}
    />
  );
}

/** Numbered text items (steps, legal basis), or "Không có". */
export function TextList({ items, isOrdered }: { items: readonly string[]; isOrdered?: boolean }) {
  const t = useMessages().catalog.procedure;
  if (items.length === 0) return <p>{t.none}</p>;
  const children = items.map((item, index) => <li key={index}>{item}</li>);
  return isOrdered ? <ol>{children}</ol> : <ul>{children}</ul>;
}

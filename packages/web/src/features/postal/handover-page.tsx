import { DISCREPANCY_KINDS, type DiscrepancyKind } from '@motcua/core';
import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { Link } from '../../app/router.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { PrintButton } from '../../components/print-button.js';
import { useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import { formatMoney } from '../catalog/catalog-format.js';
import { handoverRecordHref, PdfLink } from '../documents/pdf-link.js';
import { dossierHref } from '../dossiers/dossier-table.js';
import {
  confirmHandover,
  flagItem,
  HANDOVERS_PATH,
  pickupHref,
  resolveItem,
  type HandoverItemView,
  type HandoverView,
} from './postal-counter-api.js';
import './postal.css';

const errorText = (e: unknown) =>
  e instanceof ApiError ? [e.message, ...e.details.map((d) => d.message)].join(' ') : String(e);

/** One hand-over record: printable (both signatures), confirm, flag or resolve per item. */
export function HandoverPage({ id }: { id: string }) {
  const messages = useMessages();
  const t = messages.postalCounter;
  const resource = useResource<HandoverView>(`/api/handovers/${id}`);
  const [latest, setLatest] = useState<HandoverView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const record = latest ?? resource.data;
  if (!record) return <LoadStatus error={resource.error} isLoading={resource.isLoading} />;

  async function run(action: () => Promise<HandoverView>, done: string) {
    setError(null);
    try {
      setLatest(await action());
      setNotice(done);
    } catch (e) {
      setNotice(null);
      setError(errorText(e));
    }
  }

  const r = t.record;
  const columns: Column<HandoverItemView>[] = [
    { header: r.columns.no, cell: (item) => item.ord + 1 },
    {
      header: r.columns.subject,
      cell: (item) =>
        item.dossierId ? (
          <Link to={dossierHref(item.dossierId)} className="nowrap">
            {item.dossierCode}
          </Link>
        ) : item.pickupId ? (
          <>
            <Link to={pickupHref(item.pickupId)} className="nowrap">
              {item.pickupNumber}
            </Link>
            {item.sealNumber && (
              <>
                <br />
                {r.seal(item.sealNumber)}
              </>
            )}
          </>
        ) : null,
    },
    {
      header: r.columns.procedure,
      cell: (item) => (
        <>
          {item.procedureName}
          <br />
          {item.applicantName}
          {item.resultNumber && (
            <>
              <br />
              {r.result(item.resultNumber)}
            </>
          )}
        </>
      ),
    },
    {
      header: r.columns.documents,
      cell: (item) => (
        <ul className="plain-list">
          {item.documents.map((d, i) => (
            <li key={i}>
              {d.name} — {d.form ? (t.documentForms[d.form] ?? d.form) : ''} × {d.copies}
            </li>
          ))}
        </ul>
      ),
    },
    {
      header: r.columns.money,
      cell: (item) => (
        <>
          {r.fee(formatMoney(item.feeVnd))}
          <br />
          {r.charge(formatMoney(item.postalChargeVnd))}
        </>
      ),
    },
    {
      header: r.columns.review,
      cell: (item) => (
        <ItemReview
          item={item}
          record={record}
          onFlag={(kind, note) => run(() => flagItem(record.id, item.ord, { kind, note }), r.saved)}
          onResolve={(note, remove, feeVnd) =>
            run(
              () =>
                resolveItem(record.id, item.ord, {
                  note,
                  remove,
                  ...(feeVnd !== undefined ? { feeVnd } : {}),
                }),
              r.saved,
            )
          }
        />
      ),
    },
  ];

  return (
    <>
      <p className="no-print">
        <Link to={HANDOVERS_PATH}>{r.back}</Link>
      </p>
      <div className="toolbar">
        <PageTitle>{r.title(record.number)}</PageTitle>
        <PdfLink href={handoverRecordHref(record.id)} testId="handover-record-pdf">
          {messages.documents.handoverRecord}
        </PdfLink>
        <PrintButton />
      </div>
      <p className="print-only print-heading">{r.printHeading}</p>
      <div role="status" className="notice-region">
        {notice && <p className="alert alert-success">{notice}</p>}
      </div>
      {error && <ErrorAlert message={error} />}
      <dl className="details" data-testid="handover-facts">
        <dt>{r.direction}</dt>
        <dd>{t.directions[record.direction]}</dd>
        {record.unitName && (
          <>
            <dt>{r.unit}</dt>
            <dd>{record.unitName}</dd>
          </>
        )}
        <dt>{r.status}</dt>
        <dd data-testid="handover-status">{t.statuses[record.status]}</dd>
        <dt>{r.sender}</dt>
        <dd>{record.senderName}</dd>
        <dt>{r.createdAt}</dt>
        <dd>{formatDateTime(record.createdAt)}</dd>
        <dt>{r.receiver}</dt>
        <dd>{record.receiverName ?? ''}</dd>
        <dt>{r.confirmedAt}</dt>
        <dd>{record.confirmedAt ? formatDateTime(record.confirmedAt) : ''}</dd>
        {record.note && (
          <>
            <dt>{r.note}</dt>
            <dd>{record.note}</dd>
          </>
        )}
      </dl>
      <DataTable caption={r.itemsCaption} columns={columns} rows={record.items} rowKey={(item) => item.ord} />
      <p>{r.totals(formatMoney(record.totals.feeVnd), formatMoney(record.totals.postalChargeVnd))}</p>
      {record.can.confirm && (
        <div className="panel no-print">
          <p>{r.confirmHint}</p>
          <button
            type="button"
            className="button-primary"
            onClick={() => run(() => confirmHandover(record.id), r.confirmed)}
          >
            {r.confirm}
          </button>
        </div>
      )}
      <div className="signatures print-only">
        <div>
          <p>{r.signSender}</p>
          <p>{record.senderName}</p>
        </div>
        <div>
          <p>{r.signReceiver}</p>
          <p>{record.receiverName ?? ''}</p>
        </div>
      </div>
    </>
  );
}

interface ItemReviewProps {
  item: HandoverItemView;
  record: HandoverView;
  onFlag: (kind: DiscrepancyKind, note: string) => Promise<void>;
  onResolve: (note: string, remove: boolean, feeVnd: number | undefined) => Promise<void>;
}

function ItemReview({ item, record, onFlag, onResolve }: ItemReviewProps) {
  const t = useMessages().postalCounter;
  const r = t.record;
  const n = item.ord + 1;
  const [kind, setKind] = useState<DiscrepancyKind>('missing');
  const [note, setNote] = useState('');
  const [remove, setRemove] = useState(false);
  const [fee, setFee] = useState('');
  const isOpen = item.discrepancy !== null && item.resolution === null;
  const lines: string[] = [];
  if (item.removed) lines.push(r.removed);
  if (item.discrepancy)
    lines.push(
      r.flagged(t.discrepancyKinds[item.discrepancy.kind], item.discrepancy.note, item.discrepancy.byName ?? ''),
    );
  if (item.resolution) lines.push(r.resolvedNote(item.resolution.note, item.resolution.byName ?? ''));

  function submitFlag(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void onFlag(kind, note.trim()).then(() => setNote(''));
  }
  function submitResolve(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const feeVnd = fee.trim() === '' ? undefined : Math.max(0, Math.trunc(Number(fee) || 0));
    void onResolve(note.trim(), remove, feeVnd).then(() => setNote(''));
  }

  return (
    <div data-testid="item-review">
      <p className="preserve-lines">{lines.join('\n') || (record.status === 'confirmed' ? r.ok : '')}</p>
      {record.can.flag && !isOpen && !item.removed && (
        <form className="inline-form no-print" onSubmit={submitFlag}>
          <label>
            {r.flagKind(n)}
            <select value={kind} onChange={(e) => setKind(e.target.value as DiscrepancyKind)}>
              {DISCREPANCY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.discrepancyKinds[k]}
                </option>
              ))}
            </select>
          </label>
          <label>
            {r.flagNote(n)}
            <input value={note} required onChange={(e) => setNote(e.target.value)} />
          </label>
          <button type="submit">{r.flag(n)}</button>
        </form>
      )}
      {record.can.resolve && isOpen && (
        <form className="inline-form no-print" onSubmit={submitResolve}>
          <label>
            {r.resolveNote(n)}
            <input value={note} required onChange={(e) => setNote(e.target.value)} />
          </label>
          <label>
            <input type="checkbox" checked={remove} onChange={(e) => setRemove(e.target.checked)} />{' '}
            {r.resolveRemove(n)}
          </label>
          {item.discrepancy?.kind === 'fee_mismatch' && (
            <label>
              {r.resolveFee(n)}
              <input inputMode="numeric" value={fee} onChange={(e) => setFee(e.target.value)} />
            </label>
          )}
          <button type="submit">{r.resolve(n)}</button>
        </form>
      )}
    </div>
  );
}

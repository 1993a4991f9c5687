import { RECEIVED_FORMS, type Me, type PickupPayment } from '@motcua/core';
import { useId, useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { Link } from '../../app/router.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { PrintButton } from '../../components/print-button.js';
import { useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import { formatMoney } from '../catalog/catalog-format.js';
import { dossierHref } from '../dossiers/dossier-table.js';
import { cancelPickup, collectPickup, PICKUPS_PATH, type PickupView } from './postal-counter-api.js';
import './postal.css';

type Form = (typeof RECEIVED_FORMS)[number];
type DocumentRow = PickupView['documents'][number];

const errorText = (e: unknown) =>
  e instanceof ApiError ? [e.message, ...e.details.map((d) => d.message)].join(' ') : String(e);

/** A pickup order: its facts; for its courier, the check at the door; for the counter, reception. */
export function PickupPage({ id, me }: { id: string; me: Me }) {
  const t = useMessages().postalCounter;
  const resource = useResource<PickupView>(`/api/pickups/${id}`);
  const [latest, setLatest] = useState<PickupView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const pickup = latest ?? resource.data;
  if (!pickup) return <LoadStatus error={resource.error} isLoading={resource.isLoading} />;
  const f = t.pickup.facts;
  const isCourier = me.permissions.includes('pickup:collect') && pickup.courierId === me.id;
  const canManage = me.permissions.includes('pickup:manage');
  const done = (view: PickupView, text: string) => {
    setLatest(view);
    setNotice(text);
  };
  return (
    <>
      <p className="no-print">
        <Link to={PICKUPS_PATH}>{t.pickup.back}</Link>
      </p>
      <div className="toolbar">
        <PageTitle>{t.pickup.title(pickup.number)}</PageTitle>
        <PrintButton />
      </div>
      <div role="status" className="notice-region">
        {notice && <p className="alert alert-success">{notice}</p>}
      </div>
      <dl className="details">
        <dt>{f.status}</dt>
        <dd data-testid="pickup-status">{t.pickups.statuses[pickup.status]}</dd>
        <dt>{f.source}</dt>
        <dd>{t.pickups.source[pickup.source]}</dd>
        <dt>{f.procedure}</dt>
        <dd>
          {pickup.procedureCode} — {pickup.procedureName}
        </dd>
        <dt>{f.applicant}</dt>
        <dd>{pickup.applicantName}</dd>
        <dt>{f.phone}</dt>
        <dd>{pickup.phone}</dd>
        <dt>{f.address}</dt>
        <dd>{pickup.address}</dd>
        <dt>{f.preferredTime}</dt>
        <dd>{pickup.preferredTime}</dd>
        <dt>{f.courier}</dt>
        <dd>{pickup.courierName ?? ''}</dd>
        <dt>{f.collectedAt}</dt>
        <dd>{pickup.collectedAt ? formatDateTime(pickup.collectedAt) : ''}</dd>
        <dt>{f.seal}</dt>
        <dd data-testid="pickup-seal">{pickup.sealNumber ?? ''}</dd>
        <dt>{f.dossier}</dt>
        <dd>{pickup.dossierId ? <Link to={dossierHref(pickup.dossierId)}>{pickup.dossierCode}</Link> : ''}</dd>
        {pickup.note && (
          <>
            <dt>{f.note}</dt>
            <dd className="preserve-lines">{pickup.note}</dd>
          </>
        )}
      </dl>
      {pickup.payments.length > 0 && <Payments payments={pickup.payments} />}
      {isCourier && pickup.status === 'assigned' && (
        <CollectForm pickup={pickup} onDone={(view) => done(view, t.pickup.collected)} />
      )}
      {canManage && pickup.status === 'handed_over' && (
        <p className="no-print">
          <Link to={`/tiep-nhan-ho-so?pickup=${pickup.id}`} className="button-primary">
            {t.pickup.receive}
          </Link>
        </p>
      )}
      {canManage && (pickup.status === 'requested' || pickup.status === 'assigned') && (
        <CancelForm pickup={pickup} onDone={(view) => done(view, t.pickup.cancelled)} />
      )}
    </>
  );
}

function Payments({ payments }: { payments: PickupPayment[] }) {
  const t = useMessages().postalCounter.pickup;
  const columns: Column<PickupPayment>[] = [
    { header: t.paymentsCaption, cell: (p) => t.paymentKinds[p.kind] },
    { header: t.amount, cell: (p) => <span className="money">{formatMoney(p.amountVnd)}</span> },
    { header: t.receipt, cell: (p) => p.receiptNumber },
  ];
  return <DataTable caption={t.paymentsCaption} columns={columns} rows={payments} rowKey={(p) => p.kind} />;
}

interface CheckRow {
  received: boolean;
  form: Form | '';
  copies: string;
}

function CollectForm({ pickup, onDone }: { pickup: PickupView; onDone: (view: PickupView) => void }) {
  const messages = useMessages();
  const t = messages.postalCounter.pickup;
  const headingId = useId();
  const [rows, setRows] = useState<CheckRow[]>(() =>
    pickup.documents.map((d) => ({
      received: false,
      form: d.requiredForm === 'original_or_copy' ? 'copy' : ((d.requiredForm as Form | null) ?? ''),
      copies: String(d.requiredCopies),
    })),
  );
  const [seal, setSeal] = useState('');
  const [fee, setFee] = useState('');
  const [feeReceipt, setFeeReceipt] = useState('');
  const [charge, setCharge] = useState('');
  const [chargeReceipt, setChargeReceipt] = useState('');
  const [error, setError] = useState<string | null>(null);
  const update = (i: number, row: Partial<CheckRow>) => setRows(rows.map((r, k) => (k === i ? { ...r, ...row } : r)));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const payments: PickupPayment[] = [];
    if (fee.trim()) payments.push({ kind: 'fee', amountVnd: Number(fee) || 0, receiptNumber: feeReceipt.trim() });
    if (charge.trim())
      payments.push({ kind: 'postal_charge', amountVnd: Number(charge) || 0, receiptNumber: chargeReceipt.trim() });
    try {
      const view = await collectPickup(pickup.id, {
        documents: rows.map((r, ord) => ({
          ord,
          received: r.received,
          form: r.received && r.form ? r.form : null,
          copies: r.received ? Math.max(0, Math.trunc(Number(r.copies) || 0)) : 0,
        })),
        sealNumber: seal.trim(),
        payments,
        note: '',
      });
      setError(null);
      onDone(view);
    } catch (e) {
      setError(errorText(e));
    }
  }

  const forms = messages.postalCounter.documentForms;
  const columns: Column<DocumentRow>[] = [
    { header: t.columns.document, cell: (d) => d.name },
    {
      header: t.columns.required,
      cell: (d) =>
        t.required(
          d.requiredForm ? (messages.catalog.procedure.documentForms[d.requiredForm as 'original'] ?? '') : '',
          d.requiredCopies,
        ),
    },
    {
      header: t.columns.received,
      cell: (d) => (
        <input
          type="checkbox"
          aria-label={t.receivedLabel(d.name)}
          checked={rows[d.ord]?.received ?? false}
          onChange={(e) => update(d.ord, { received: e.target.checked })}
        />
      ),
    },
    {
      header: t.columns.form,
      cell: (d) => (
        <select
          aria-label={t.formLabel(d.name)}
          value={rows[d.ord]?.form ?? ''}
          onChange={(e) => update(d.ord, { form: e.target.value as Form | '' })}
        >
          <option value="" />
          {RECEIVED_FORMS.map((form) => (
            <option key={form} value={form}>
              {forms[form]}
            </option>
          ))}
        </select>
      ),
    },
    {
      header: t.columns.copies,
      cell: (d) => (
        <input
          aria-label={t.copiesLabel(d.name)}
          inputMode="numeric"
          size={3}
          value={rows[d.ord]?.copies ?? ''}
          onChange={(e) => update(d.ord, { copies: e.target.value })}
        />
      ),
    },
  ];
  const text = (label: string, value: string, set: (v: string) => void, numeric = false) => (
    <FormField label={label}>
      {(control) => (
        <input
          {...control}
          inputMode={numeric ? 'numeric' : undefined}
          value={value}
          onChange={(e) => set(e.target.value)}
        />
      )}
    </FormField>
  );
  return (
    <section aria-labelledby={headingId} className="panel no-print" data-testid="collect-form">
      <h2 id={headingId}>{t.checkHeading}</h2>
      <form onSubmit={handleSubmit}>
        <button type="button" onClick={() => setRows(rows.map((r) => ({ ...r, received: true })))}>
          {t.allReceived}
        </button>
        <DataTable caption={t.checkCaption} columns={columns} rows={pickup.documents} rowKey={(d) => d.ord} />
        <div className="form-grid">
          {text(t.seal, seal, setSeal)}
          {text(t.fee, fee, setFee, true)}
          {text(t.feeReceipt, feeReceipt, setFeeReceipt)}
          {text(t.charge, charge, setCharge, true)}
          {text(t.chargeReceipt, chargeReceipt, setChargeReceipt)}
        </div>
        {error && <ErrorAlert message={error} />}
        <button type="submit" className="button-primary">
          {t.collect}
        </button>
      </form>
    </section>
  );
}

function CancelForm({ pickup, onDone }: { pickup: PickupView; onDone: (view: PickupView) => void }) {
  const t = useMessages().postalCounter.pickup;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      onDone(await cancelPickup(pickup.id, reason.trim()));
    } catch (e) {
      setError(errorText(e));
    }
  }
  return (
    <form className="inline-form no-print" onSubmit={handleSubmit}>
      <label>
        {t.cancelReason}
        <input value={reason} required onChange={(e) => setReason(e.target.value)} />
      </label>
      <button type="submit">{t.cancel}</button>
      {error && <ErrorAlert message={error} />}
    </form>
  );
}

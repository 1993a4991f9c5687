import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useResource } from '../../api/use-resource.js';
import { Link } from '../../app/router.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import { describeFailure, NO_FAILURE, type FormFailure } from '../catalog/form-errors.js';
import {
  dispatchShipment,
  shipmentsPath,
  type DossierShipments,
  type ShipmentView,
  type Simulation,
} from './postal-api.js';

const SIMULATIONS: readonly Simulation[] = ['deliver', 'fail', 'duplicate', 'out_of_order'];
/** While a parcel is under way its status is fetched again now and then. */
const POLL_MS = 3000;

/**
 * On a dossier whose result goes by post: the parcels sent (newest first) with the carrier's
 * reports, and, when the result waits at the counter with nothing under way and the courier has
 * confirmed a counter → post hand-over record of it, the dispatch form (else a pointer to that record).
 * `onChanged` lets the page reload the dossier when a delivery has returned it.
 */
export function ShipmentPanel({
  dossierId,
  canAct,
  onChanged,
}: {
  dossierId: string;
  canAct: boolean;
  onChanged: () => void;
}) {
  const t = useMessages().postal.panel;
  const headingId = useId();
  const resource = useResource<DossierShipments>(shipmentsPath(dossierId));
  const [latest, setLatest] = useState<DossierShipments | null>(null);
  const data = latest ?? resource.data;
  const underWay = data?.items.some((s) => s.status !== 'delivered' && s.status !== 'failed') ?? false;
  const { reload } = resource;
  const lastStatus = data?.items[0]?.status;

  useEffect(() => {
    if (!underWay) return;
    const timer = setInterval(() => {
      setLatest(null);
      reload();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [underWay, reload]);
  // A parcel that reaches its end while watched changes the dossier (delivered → returned):
  // reload the page's copy then, not on every visit to a long-finished parcel.
  const seen = useRef(lastStatus);
  useEffect(() => {
    const before = seen.current;
    seen.current = lastStatus;
    if (before !== undefined && before !== lastStatus && (lastStatus === 'delivered' || lastStatus === 'failed'))
      onChanged();
  }, [lastStatus, onChanged]);

  return (
    <section aria-labelledby={headingId} className="no-print" data-testid="shipment-panel">
      <h2 id={headingId}>{t.heading}</h2>
      {!data ? (
        <LoadStatus error={resource.error} isLoading={resource.isLoading} />
      ) : (
        <>
          {data.items.length === 0 && <p>{t.none}</p>}
          {data.awaitingHandover && (
            // The result goes to the post on a counter → post record first (docs/POSTAL.md).
            <p className="alert" data-testid="awaiting-post-handover">
              {t.awaitingHandover} {canAct && <Link to="/ban-giao">{t.makeHandover}</Link>}
            </p>
          )}
          {canAct && data.canDispatch && (
            <>
              {data.items[0]?.status === 'failed' && <p className="alert">{t.redispatchHint}</p>}
              {data.handover && <p className="muted">{t.handedOver(data.handover.number)}</p>}
              <DispatchForm dossierId={dossierId} shipments={data} onDispatched={setLatest} />
            </>
          )}
          {data.items.map((s) => (
            <ShipmentCard key={s.id} shipment={s} />
          ))}
          {underWay && (
            <button
              type="button"
              onClick={() => {
                setLatest(null);
                reload();
              }}
            >
              {t.refresh}
            </button>
          )}
        </>
      )}
    </section>
  );
}

function DispatchForm({
  dossierId,
  shipments,
  onDispatched,
}: {
  dossierId: string;
  shipments: DossierShipments;
  onDispatched: (s: DossierShipments) => void;
}) {
  const messages = useMessages();
  const t = messages.postal.panel;
  const [values, setValues] = useState({ trackingNumber: '', ...shipments.defaults });
  const [simulation, setSimulation] = useState<Simulation>('deliver');
  const [failure, setFailure] = useState<FormFailure>(NO_FAILURE);
  const [isSending, setIsSending] = useState(false);
  const [done, setDone] = useState('');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isSending) return;
    setIsSending(true);
    setFailure(NO_FAILURE);
    try {
      const result = await dispatchShipment(dossierId, {
        trackingNumber: values.trackingNumber.trim() || null,
        recipientName: values.recipientName,
        recipientAddress: values.recipientAddress,
        recipientPhone: values.recipientPhone,
        ...(shipments.carrier.simulator ? { simulation } : {}),
      });
      setDone(t.done(result.items[0]?.trackingNumber ?? ''));
      onDispatched(result);
    } catch (error) {
      setFailure(describeFailure(error, messages, 'body.'));
    } finally {
      setIsSending(false);
    }
  }

  const field = (name: 'trackingNumber' | 'recipientName' | 'recipientAddress' | 'recipientPhone') => ({
    value: values[name],
    onChange: (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value }),
  });
  return (
    <form className="action-form" onSubmit={(e) => void handleSubmit(e)} data-testid="dispatch-form">
      <h3>{t.dispatchHeading}</h3>
      <div role="alert">{failure.summary && <p className="alert alert-error">{failure.summary}</p>}</div>
      <div role="status">{done && <p className="alert alert-success">{done}</p>}</div>
      <FormField
        label={t.trackingNumber}
        hint={shipments.carrier.generatesNumbers ? t.trackingHintGenerated : t.trackingHint}
        error={failure.fields.trackingNumber}
      >
        {(control) => (
          <input
            {...control}
            {...field('trackingNumber')}
            autoComplete="off"
            spellCheck={false}
            required={!shipments.carrier.generatesNumbers}
          />
        )}
      </FormField>
      <FormField label={t.recipientName} error={failure.fields.recipientName}>
        {(control) => <input {...control} {...field('recipientName')} required />}
      </FormField>
      <FormField label={t.recipientAddress} error={failure.fields.recipientAddress}>
        {(control) => <input {...control} {...field('recipientAddress')} required />}
      </FormField>
      <FormField label={t.recipientPhone} error={failure.fields.recipientPhone}>
        {(control) => <input {...control} {...field('recipientPhone')} type="tel" required />}
      </FormField>
      {shipments.carrier.simulator && (
        <FormField label={t.simulation}>
          {(control) => (
            <select
              {...control}
              value={simulation}
              onChange={(event) => setSimulation(event.target.value as Simulation)}
            >
              {SIMULATIONS.map((s) => (
                <option key={s} value={s}>
                  {t.simulations[s]}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <div className="form-buttons">
        <button type="submit" className="button-primary">
          {isSending ? t.submitting : t.submit}
        </button>
      </div>
    </form>
  );
}

type EventRow = ShipmentView['events'][number];

function ShipmentCard({ shipment }: { shipment: ShipmentView }) {
  const messages = useMessages();
  const t = messages.postal.panel;
  const statuses = messages.postal.statuses;
  const columns: Column<EventRow>[] = [
    { header: t.columns.at, cell: (e) => <span className="nowrap">{formatDateTime(e.occurredAt)}</span> },
    { header: t.columns.status, cell: (e) => statuses[e.status] },
    { header: t.columns.place, cell: (e) => e.location ?? messages.common.empty },
    {
      header: t.columns.note,
      cell: (e) =>
        [
          e.recipientName ? t.deliveredTo(e.recipientName) : '',
          e.reason ? t.failureReason(e.reason) : '',
          e.applied ? '' : t.late,
        ]
          .filter(Boolean)
          .join(' · ') || messages.common.empty,
    },
  ];
  return (
    <article className="shipment" data-testid="shipment" data-status={shipment.status}>
      <h3>{t.parcel(shipment.trackingNumber)}</h3>
      <p>
        <strong data-testid="shipment-status">{statuses[shipment.status]}</strong> — {formatDateTime(shipment.statusAt)}
        {shipment.deliveredTo && <> · {t.deliveredTo(shipment.deliveredTo)}</>}
        {shipment.failureReason && <> · {t.failureReason(shipment.failureReason)}</>}
      </p>
      <p className="muted">
        {t.carrier}: {shipment.carrierId} · {t.sentBy(shipment.createdBy ?? '—', formatDateTime(shipment.createdAt))} ·{' '}
        {shipment.recipientName}, {shipment.recipientAddress}, {shipment.recipientPhone}
      </p>
      <DataTable caption={t.timelineCaption} columns={columns} rows={shipment.events} rowKey={(e) => e.eventId} />
    </article>
  );
}

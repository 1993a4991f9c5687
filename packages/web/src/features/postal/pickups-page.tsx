import { PICKUP_STATUSES, type Me, type PickupStatus } from '@motcua/core';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { ApiError, getJson, type PageOf } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { Link } from '../../app/router.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { useMessages } from '../../i18n/language.js';
import { assignPickup, createPickup, pickupHref, type CourierOption, type PickupView } from './postal-counter-api.js';
import './postal.css';

const errorText = (e: unknown) =>
  e instanceof ApiError ? [e.message, ...e.details.map((d) => `${d.field}: ${d.message}`)].join(' ') : String(e);

/** Thu gom hồ sơ: the counter's list (take a phone request, assign a courier); a courier's own pickups. */
export function PickupsPage({ me }: { me: Me }) {
  const t = useMessages().postalCounter;
  const canManage = me.permissions.includes('pickup:manage');
  const [status, setStatus] = useState<PickupStatus | ''>('');
  const [notice, setNotice] = useState<string | null>(null);
  const list = useResource<PageOf<PickupView>>(`/api/pickups?pageSize=100${status ? `&status=${status}` : ''}`);
  const courierOptions = useCouriers(canManage);
  const p = t.pickups;
  const columns: Column<PickupView>[] = [
    {
      header: p.columns.number,
      cell: (row) => (
        <Link to={pickupHref(row.id)} className="nowrap">
          {row.number}
        </Link>
      ),
    },
    { header: p.columns.status, cell: (row) => p.statuses[row.status] },
    { header: p.columns.procedure, cell: (row) => `${row.procedureCode} — ${row.procedureName}` },
    { header: p.columns.applicant, cell: (row) => row.applicantName },
    { header: p.columns.address, cell: (row) => `${row.address} · ${row.phone}` },
    { header: p.columns.preferredTime, cell: (row) => row.preferredTime },
    {
      header: p.columns.courier,
      cell: (row) =>
        canManage && (row.status === 'requested' || row.status === 'assigned') ? (
          <AssignCourier
            pickup={row}
            couriers={courierOptions}
            onAssigned={(courier) => {
              setNotice(p.assigned(row.number, courier));
              list.reload();
            }}
          />
        ) : (
          (row.courierName ?? '')
        ),
    },
  ];
  return (
    <>
      <PageTitle>{canManage ? p.title : p.myTitle}</PageTitle>
      <div role="status" className="notice-region">
        {notice && <p className="alert alert-success">{notice}</p>}
      </div>
      <FormField label={p.statusFilter}>
        {(control) => (
          <select {...control} value={status} onChange={(e) => setStatus(e.target.value as PickupStatus | '')}>
            <option value="">{p.allStatuses}</option>
            {PICKUP_STATUSES.map((s) => (
              <option key={s} value={s}>
                {p.statuses[s]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <LoadStatus error={list.error} isLoading={list.isLoading && !list.data} />
      {list.data && <DataTable caption={p.caption} columns={columns} rows={list.data.items} rowKey={(row) => row.id} />}
      {canManage && (
        <CreatePickup
          onCreated={(number) => {
            setNotice(p.created(number));
            list.reload();
          }}
        />
      )}
    </>
  );
}

/** The active couriers, for those who assign them (others never ask). */
function useCouriers(isWanted: boolean): CourierOption[] {
  const [couriers, setCouriers] = useState<CourierOption[]>([]);
  useEffect(() => {
    if (!isWanted) return;
    const controller = new AbortController();
    getJson<CourierOption[]>('/api/pickups/couriers', { signal: controller.signal }).then(setCouriers, () => {});
    return () => controller.abort();
  }, [isWanted]);
  return couriers;
}

function AssignCourier({
  pickup,
  couriers,
  onAssigned,
}: {
  pickup: PickupView;
  couriers: CourierOption[];
  onAssigned: (courierName: string) => void;
}) {
  const t = useMessages().postalCounter.pickups;
  const [courierId, setCourierId] = useState(pickup.courierId ?? '');
  const [error, setError] = useState<string | null>(null);
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!courierId) return;
    try {
      const done = await assignPickup(pickup.id, courierId);
      setError(null);
      onAssigned(done.courierName ?? '');
    } catch (e) {
      setError(errorText(e));
    }
  }
  return (
    <form className="inline-form" onSubmit={handleSubmit}>
      <label>
        {t.courierFor(pickup.number)}
        <select value={courierId} onChange={(e) => setCourierId(e.target.value)}>
          <option value="">{t.chooseCourier}</option>
          {couriers.map((c) => (
            <option key={c.id} value={c.id}>
              {c.fullName} ({c.username})
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t.assign(pickup.number)}</button>
      {error && <ErrorAlert message={error} />}
    </form>
  );
}

/** The request fields, shared by the counter's phone form and the public page. */
export interface PickupFields {
  procedureCode: string;
  applicantName: string;
  phone: string;
  address: string;
  preferredTime: string;
  note: string;
}
export const EMPTY_PICKUP: PickupFields = {
  procedureCode: '',
  applicantName: '',
  phone: '',
  address: '',
  preferredTime: '',
  note: '',
};

export function PickupFieldInputs({
  value,
  onChange,
  errors,
  procedureLabel,
}: {
  value: PickupFields;
  onChange: (v: PickupFields) => void;
  errors: Record<string, string>;
  procedureLabel: string;
}) {
  const p = useMessages().postalCounter.pickups;
  const field = (key: keyof PickupFields, label: string, type = 'text') => (
    <FormField key={key} label={label} error={errors[`body.${key}`]}>
      {(control) => (
        <input
          {...control}
          type={type}
          required={key !== 'note'}
          value={value[key]}
          onChange={(e) => onChange({ ...value, [key]: e.target.value })}
        />
      )}
    </FormField>
  );
  return (
    <div className="form-grid">
      {field('procedureCode', procedureLabel)}
      {field('applicantName', p.applicantName)}
      {field('phone', p.phone, 'tel')}
      {field('address', p.address)}
      {field('preferredTime', p.preferredTime)}
      {field('note', p.note)}
    </div>
  );
}

function CreatePickup({ onCreated }: { onCreated: (number: string) => void }) {
  const p = useMessages().postalCounter.pickups;
  const headingId = useId();
  const [value, setValue] = useState(EMPTY_PICKUP);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    try {
      const created = await createPickup(value);
      setValue(EMPTY_PICKUP);
      setErrors({});
      setError(null);
      onCreated(created.number);
    } catch (e) {
      if (e instanceof ApiError) setErrors(Object.fromEntries(e.details.map((d) => [d.field, d.message])));
      setError(errorText(e));
    }
  }
  return (
    <section aria-labelledby={headingId} className="panel no-print">
      <h2 id={headingId}>{p.createHeading}</h2>
      <form onSubmit={handleSubmit}>
        <PickupFieldInputs value={value} onChange={setValue} errors={errors} procedureLabel={p.procedureCode} />
        {error && <ErrorAlert message={error} />}
        <button type="submit" className="button-primary">
          {p.create}
        </button>
      </form>
    </section>
  );
}

import { directionsSentBy, type Me } from '@motcua/core';
import { useId, useState, type FormEvent } from 'react';
import { ApiError, type PageOf } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { Link, navigate } from '../../app/router.js';
import { DataTable, type Column } from '../../components/data-table.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import {
  createHandover,
  handoverHref,
  type HandoverCandidate,
  type HandoverDirection,
  type HandoverSummary,
} from './postal-counter-api.js';
import './postal.css';

type Box = 'inbox' | 'sent' | 'all';

/** Bàn giao: records waiting for my confirmation, those I sent, all; and a new record. */
export function HandoversPage({ me }: { me: Me }) {
  const t = useMessages().postalCounter;
  const sends = directionsSentBy(me.role);
  const canAct = me.permissions.includes('handover:act');
  const [box, setBox] = useState<Box>(canAct ? 'inbox' : 'all');
  const list = useResource<PageOf<HandoverSummary>>(`/api/handovers?box=${box}&pageSize=100`);
  const columns: Column<HandoverSummary>[] = [
    {
      header: t.handovers.columns.number,
      cell: (r) => (
        <Link to={handoverHref(r.id)} className="nowrap">
          {r.number}
        </Link>
      ),
    },
    { header: t.handovers.columns.direction, cell: (r) => t.directions[r.direction] },
    {
      header: t.handovers.columns.status,
      cell: (r) => (
        <>
          {t.statuses[r.status]}
          {r.openDiscrepancies > 0 && <> · {t.handovers.openDiscrepancies(r.openDiscrepancies)}</>}
        </>
      ),
    },
    { header: t.handovers.columns.items, cell: (r) => r.itemCount },
    { header: t.handovers.columns.sender, cell: (r) => r.senderName ?? '' },
    { header: t.handovers.columns.receiver, cell: (r) => r.receiverName ?? '' },
    { header: t.handovers.columns.createdAt, cell: (r) => formatDateTime(r.createdAt) },
    { header: t.handovers.columns.confirmedAt, cell: (r) => (r.confirmedAt ? formatDateTime(r.confirmedAt) : '') },
  ];
  const boxes: Box[] = canAct ? ['inbox', 'sent', 'all'] : ['all'];
  return (
    <>
      <PageTitle>{t.handovers.title}</PageTitle>
      <div role="group" aria-label={t.handovers.boxesLabel} className="box-switch no-print">
        {boxes.map((b) => (
          <button key={b} type="button" aria-pressed={box === b} onClick={() => setBox(b)}>
            {t.handovers.boxes[b]}
          </button>
        ))}
      </div>
      <LoadStatus error={list.error} isLoading={list.isLoading && !list.data} />
      {list.data && (
        <DataTable
          caption={`${t.handovers.caption} — ${t.handovers.boxes[box]}`}
          columns={columns}
          rows={list.data.items}
          rowKey={(r) => r.id}
        />
      )}
      {canAct && (sends.length > 0 ? <CreateHandover directions={sends} /> : <p>{t.handovers.cannotSend}</p>)}
    </>
  );
}

function CreateHandover({ directions }: { directions: HandoverDirection[] }) {
  const t = useMessages().postalCounter;
  const headingId = useId();
  const [direction, setDirection] = useState<HandoverDirection>(directions[0]!);
  const candidates = useResource<{ items: HandoverCandidate[] }>(`/api/handovers/candidates?direction=${direction}`);
  const [picked, setPicked] = useState<Record<string, boolean>>({});
  const [results, setResults] = useState<Record<string, string>>({});
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const ids = (candidates.data?.items ?? []).filter((c) => picked[c.id]).map((c) => c.id);
    if (ids.length === 0) {
      setError(t.handovers.nothingPicked);
      return;
    }
    setIsSubmitting(true);
    try {
      const record = await createHandover({
        direction,
        items: ids.map((id) => (results[id]?.trim() ? { id, resultNumber: results[id].trim() } : { id })),
        note: note.trim(),
      });
      navigate(handoverHref(record.id));
    } catch (e) {
      setError(e instanceof ApiError ? [e.message, ...e.details.map((d) => d.message)].join(' ') : String(e));
    } finally {
      setIsSubmitting(false);
    }
  }

  const withResult = direction === 'unit_to_counter';
  return (
    <section aria-labelledby={headingId} className="panel no-print">
      <h2 id={headingId}>{t.handovers.createHeading}</h2>
      <form onSubmit={handleSubmit}>
        <FormField label={t.handovers.direction}>
          {(control) => (
            <select
              {...control}
              value={direction}
              onChange={(e) => {
                setDirection(e.target.value as HandoverDirection);
                setPicked({});
              }}
            >
              {directions.map((d) => (
                <option key={d} value={d}>
                  {t.directions[d]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <LoadStatus error={candidates.error} isLoading={candidates.isLoading && !candidates.data} />
        {candidates.data &&
          (candidates.data.items.length === 0 ? (
            <p>{t.handovers.noCandidates}</p>
          ) : (
            <fieldset className="candidates" data-testid="handover-candidates">
              <legend>{t.handovers.candidatesCaption}</legend>
              {candidates.data.items.map((c) => (
                <div key={c.id} className="candidate">
                  <label>
                    <input
                      type="checkbox"
                      checked={picked[c.id] ?? false}
                      onChange={(e) => setPicked({ ...picked, [c.id]: e.target.checked })}
                      aria-label={t.handovers.pick(c.label)}
                    />{' '}
                    <strong>{c.label}</strong> — {c.procedureName} — {c.applicantName}
                    {c.unitName && <> → {c.unitName}</>}
                  </label>
                  {withResult && picked[c.id] && (
                    <FormField label={t.handovers.resultNumber(c.label)}>
                      {(control) => (
                        <input
                          {...control}
                          value={results[c.id] ?? ''}
                          onChange={(e) => setResults({ ...results, [c.id]: e.target.value })}
                        />
                      )}
                    </FormField>
                  )}
                </div>
              ))}
            </fieldset>
          ))}
        <FormField label={t.handovers.note}>
          {(control) => <input {...control} value={note} onChange={(e) => setNote(e.target.value)} />}
        </FormField>
        {error && <ErrorAlert message={error} />}
        <button type="submit" className="button-primary" disabled={isSubmitting}>
          {isSubmitting ? t.handovers.creating : t.handovers.create}
        </button>
      </form>
    </section>
  );
}

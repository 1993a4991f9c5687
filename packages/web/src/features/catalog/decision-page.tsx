import type { Agency, DecisionDetail } from '@motcua/core';
import { useState } from 'react';
import { useResource } from '../../api/use-resource.js';
import { Link, navigate } from '../../app/router.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { PrintButton } from '../../components/print-button.js';
import { useMessages } from '../../i18n/language.js';
import { formatDate, formatDateTime } from '../../lib/format-date.js';
import { AddChangePanel } from './add-change-panel.js';
import { decisionPath, discardDecision, publishDecision, removeChange, updateDecision } from './catalog-api.js';
import { ChangeList } from './change-list.js';
import { DecisionForm } from './decision-form.js';
import { describeFailure, FailureSummary, NO_FAILURE } from './form-errors.js';
import { ImportBox } from './import-box.js';
import './catalog.css';

type Confirming = { action: 'publish' } | { action: 'discard' } | { action: 'remove'; changeId: string; code: string };

/** One announcement decision: its changes as before/after, and for a draft, its editing. */
export function DecisionPage({ id, canManage }: { id: string; canManage: boolean }) {
  const messages = useMessages();
  const t = messages.catalog;
  const decision = useResource<DecisionDetail>(decisionPath(id));
  const agency = useResource<Agency>('/api/agency').data;
  const fieldsPath = `/api/public/fields${agency ? `?agency=${encodeURIComponent(agency.code)}` : ''}`;
  const fields = useResource<{ items: string[] }>(fieldsPath).data?.items ?? [];
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const [isEditingHeader, setIsEditingHeader] = useState(false);
  const [success, setSuccess] = useState('');
  const [failure, setFailure] = useState(NO_FAILURE);

  const d = decision.data;
  if (!d) {
    return (
      <>
        <p>
          <Link to="/decisions">{t.decision.back}</Link>
        </p>
        <LoadStatus error={decision.error} isLoading={decision.isLoading} />
      </>
    );
  }
  const isEditable = canManage && d.status === 'draft';

  /** After a change elsewhere on the page, an earlier outcome no longer applies. */
  function refresh() {
    setSuccess('');
    setFailure(NO_FAILURE);
    decision.reload();
  }

  async function run(action: () => Promise<unknown>, done: string) {
    setConfirming(null);
    setSuccess('');
    setFailure(NO_FAILURE);
    try {
      await action();
      setSuccess(done);
      decision.reload();
    } catch (error) {
      // A refused publication names its reasons in the details; show them all.
      setFailure(describeFailure(error, messages, '\u0000'));
    }
  }

  function confirm() {
    if (!confirming) return;
    if (confirming.action === 'publish') void run(() => publishDecision(id), t.decision.published);
    if (confirming.action === 'remove') void run(() => removeChange(id, confirming.changeId), t.decision.removed);
    if (confirming.action === 'discard') {
      void run(async () => {
        await discardDecision(id);
        navigate('/decisions');
      }, '');
    }
  }

  return (
    <>
      <p className="no-print">
        <Link to="/decisions">{t.decision.back}</Link>
      </p>
      <div className="toolbar">
        <PageTitle>{t.decision.title(d.number)}</PageTitle>
        <PrintButton />
      </div>
      <p>
        <span className={`badge status-${d.status}`} data-testid="decision-status">
          {t.decisions.statuses[d.status]}
        </span>
      </p>
      {d.status === 'draft' && <p className="alert">{t.decision.draftNotice}</p>}
      <dl className="details">
        <dt>{t.decisions.titleField}</dt>
        <dd>{d.title}</dd>
        <dt>{t.decisions.signedOn}</dt>
        <dd>{formatDate(d.signedOn)}</dd>
        <dt>{t.decisions.signer}</dt>
        <dd>{d.signer}</dd>
        <dt>{t.decisions.effectiveFrom}</dt>
        <dd data-testid="decision-effective-from">{formatDate(d.effectiveFrom)}</dd>
        {d.publishedAt && (
          <>
            <dt>{t.decisions.publishedAt}</dt>
            <dd>{formatDateTime(d.publishedAt)}</dd>
          </>
        )}
      </dl>
      <div role="status">{success && <p className="alert alert-success">{success}</p>}</div>
      <FailureSummary failure={failure} labelsFor="none" />
      {isEditable && (
        <div className="decision-actions no-print">
          <button type="button" className="button-primary" onClick={() => setConfirming({ action: 'publish' })}>
            {t.decision.publish}
          </button>
          <button type="button" aria-expanded={isEditingHeader} onClick={() => setIsEditingHeader((v) => !v)}>
            {t.decision.editHeader}
          </button>
          <button type="button" className="button-danger" onClick={() => setConfirming({ action: 'discard' })}>
            {t.decision.discard}
          </button>
        </div>
      )}
      {isEditable && isEditingHeader && (
        <section className="panel" aria-labelledby="edit-decision-heading">
          <h2 id="edit-decision-heading">{t.decision.editHeader}</h2>
          <DecisionForm
            initial={{
              number: d.number,
              title: d.title,
              signedOn: d.signedOn,
              signer: d.signer,
              effectiveFrom: d.effectiveFrom,
            }}
            submitLabel={t.decision.saveHeader}
            onCancel={() => setIsEditingHeader(false)}
            onSubmit={async (input) => {
              await updateDecision(id, input);
              setIsEditingHeader(false);
              setSuccess(t.decision.headerSaved);
              decision.reload();
            }}
          />
        </section>
      )}
      <ChangeList
        changes={d.changes}
        onRemove={
          isEditable
            ? (change) => setConfirming({ action: 'remove', changeId: change.id, code: change.procedureCode })
            : undefined
        }
      />
      {isEditable && (
        <>
          <AddChangePanel decisionId={id} agency={agency} fields={fields} onAdded={refresh} />
          <ImportBox decisionId={id} onImported={refresh} />
        </>
      )}
      <ConfirmDialog
        isOpen={confirming !== null}
        title={
          confirming?.action === 'publish'
            ? t.decision.publishTitle
            : confirming?.action === 'discard'
              ? t.decision.discardTitle
              : t.decision.removeTitle
        }
        confirmLabel={messages.common.confirm}
        cancelLabel={messages.common.cancel}
        onConfirm={confirm}
        onCancel={() => setConfirming(null)}
      >
        <p>
          {confirming?.action === 'publish'
            ? t.decision.publishBody(d.number, formatDate(d.effectiveFrom))
            : confirming?.action === 'discard'
              ? t.decision.discardBody(d.number)
              : t.decision.removeBody(confirming?.action === 'remove' ? confirming.code : '')}
        </p>
      </ConfirmDialog>
    </>
  );
}

import type { Me, ProcedureDetail, ReceptionSlipRequest, ReceiveDossierRequest } from '@motcua/core';
import { useId, useRef, useState } from 'react';
import { ApiError } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { useMessages } from '../../i18n/language.js';
import { formatDuration } from '../catalog/catalog-format.js';
import { describeFailure } from '../catalog/form-errors.js';
import { ProcedurePicker } from '../catalog/procedure-picker.js';
import { receiveDossier, type ReceivedDossier, type ReceptionSlip } from './dossier-api.js';
import { newIdempotencyKey } from './dossier-format.js';
import {
  emptyDraft,
  gapOrdsOf,
  supplementItemsFor,
  toApplicant,
  toRequest,
  type ReceptionDraft,
} from './reception-draft.js';
import { usePickupPrefill } from '../postal/pickup-prefill.js';
import { ReceptionForm, type ReceptionFailure } from './reception-form.js';
import { ReceivedView } from './received-view.js';
import { ReceptionSlipForm, type SlipDraft } from './reception-slip-form.js';
import { ReceptionSlipView } from './reception-slip-view.js';
import './dossiers.css';

/** Tiếp nhận hồ sơ: pick the procedure, then check and receive the dossier against it. */
export function ReceptionPage({ me }: { me: Me }) {
  const t = useMessages().dossiers.reception;
  const headingId = useId();
  const [code, setCode] = useState<string | null>(null);
  const pickup = usePickupPrefill(); // ?pickup=<id>: a package the post handed over
  const chosen = code ?? pickup?.procedureCode ?? null;
  return (
    <>
      <PageTitle>{t.title}</PageTitle>
      {chosen ? (
        <ReceptionWorkspace
          key={chosen}
          code={chosen}
          me={me}
          onChooseAnother={() => setCode(null)}
          {...(pickup && chosen === pickup.procedureCode ? { initialDraft: pickup.draftFor } : {})}
        />
      ) : (
        <section aria-labelledby={headingId}>
          <h2 id={headingId}>{t.procedureHeading}</h2>
          <ProcedurePicker onPick={(procedure) => setCode(procedure.code)} />
        </section>
      )}
    </>
  );
}

interface WorkspaceProps {
  code: string;
  me: Me;
  onChooseAnother: () => void;
  initialDraft?: (content: ProcedureDetail['content']) => ReceptionDraft;
}

function ReceptionWorkspace({ code, me, onChooseAnother, initialDraft }: WorkspaceProps) {
  const procedure = useResource<ProcedureDetail>(`/api/catalog/procedures/${encodeURIComponent(code)}`);
  if (!procedure.data) return <LoadStatus error={procedure.error} isLoading={procedure.isLoading} />;
  return (
    <ReceptionFlow
      procedure={procedure.data}
      me={me}
      onChooseAnother={onChooseAnother}
      {...(initialDraft ? { initialDraft } : {})}
    />
  );
}

type Stage =
  | { kind: 'editing' }
  | { kind: 'slip'; draft: SlipDraft }
  | { kind: 'slipIssued'; slip: ReceptionSlip; request: ReceptionSlipRequest }
  | { kind: 'received'; dossier: ReceivedDossier; request: ReceiveDossierRequest };

function ReceptionFlow({
  procedure,
  me,
  onChooseAnother,
  initialDraft,
}: Omit<WorkspaceProps, 'code'> & { procedure: ProcedureDetail }) {
  const messages = useMessages();
  const t = messages.dossiers.reception;
  const content = procedure.content;
  const [draft, setDraft] = useState(() => initialDraft?.(content) ?? emptyDraft(content));
  const [stage, setStage] = useState<Stage>({ kind: 'editing' });
  const [failure, setFailure] = useState<ReceptionFailure | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  // The same submission keeps its key, so a retry after a lost answer cannot receive it twice.
  const attempt = useRef<{ body: string; key: string } | null>(null);

  async function handleSubmit() {
    const request = toRequest(content.code, draft);
    const body = JSON.stringify(request);
    if (attempt.current?.body !== body) attempt.current = { body, key: newIdempotencyKey() };
    setIsSubmitting(true);
    try {
      const dossier = await receiveDossier(request, attempt.current.key);
      setFailure(null);
      setStage({ kind: 'received', dossier, request });
    } catch (error) {
      const { fields, summary } = describeFailure(error, messages, 'body.');
      const code = error instanceof ApiError ? error.code : 'NETWORK';
      const details = error instanceof ApiError ? error.details : [];
      setFailure({ code, fields, summary, details });
    } finally {
      setIsSubmitting(false);
    }
  }

  function makeSlip(kind: 'supplement' | 'refusal') {
    if (!failure) return;
    if (kind === 'supplement') {
      const items = supplementItemsFor(content, draft, gapOrdsOf(failure.details), messages);
      setStage({ kind: 'slip', draft: { kind, rows: items.map((item) => ({ ...item, isIncluded: true })) } });
      return;
    }
    // The server says which rule refused it; the catalog says whether the procedure is abolished.
    const isChannel = failure.details.some((d) => d.field === 'body.channel');
    const reason = isChannel ? 'other' : procedure.status === 'abolished' ? 'procedure_abolished' : 'wrong_agency';
    const note = failure.details.map((d) => d.message).join(' ');
    setStage({ kind: 'slip', draft: { kind, reason, note } });
  }

  const summary = (
    <section className="chosen-procedure">
      <h2>{t.procedureHeading}</h2>
      <p data-testid="chosen-procedure">
        <strong>{t.chosen(content.code, content.name)}</strong>
      </p>
      <p>
        {t.processingTime}:{' '}
        {content.processingTime ? formatDuration(content.processingTime, messages.catalog) : t.noProcessingTime}
      </p>
      {stage.kind === 'editing' && (
        <button type="button" onClick={onChooseAnother}>
          {t.chooseAnother}
        </button>
      )}
    </section>
  );

  switch (stage.kind) {
    case 'editing':
      return (
        <>
          {summary}
          <ReceptionForm
            content={content}
            draft={draft}
            onChange={setDraft}
            failure={failure}
            isSubmitting={isSubmitting}
            onSubmit={() => void handleSubmit()}
            onMakeSlip={makeSlip}
          />
        </>
      );
    case 'slip':
      return (
        <>
          {summary}
          <ReceptionSlipForm
            procedureCode={content.code}
            applicant={toApplicant(draft.applicant)}
            initial={stage.draft}
            onIssued={(slip, request) => setStage({ kind: 'slipIssued', slip, request })}
            onBack={() => setStage({ kind: 'editing' })}
          />
        </>
      );
    case 'slipIssued':
      return (
        <>
          <ReceptionSlipView
            slip={stage.slip}
            request={stage.request}
            procedureName={content.name}
            agencyName={me.agency.name}
            staffName={me.fullName}
          />
          <div className="form-buttons no-print">
            <button type="button" onClick={() => setStage({ kind: 'editing' })}>
              {messages.dossiers.slip.back}
            </button>
            <button type="button" onClick={onChooseAnother}>
              {t.receiveAnother}
            </button>
          </div>
        </>
      );
    case 'received':
      return (
        <ReceivedView
          dossier={stage.dossier}
          request={stage.request}
          content={content}
          me={me}
          onReceiveAnother={onChooseAnother}
        />
      );
  }
}

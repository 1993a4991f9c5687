import type { DossierAction } from '@motcua/core';
import { useState } from 'react';
import { Link } from '../../app/router.js';
import { useMessages } from '../../i18n/language.js';
import { HANDOVERS_PATH } from '../postal/postal-counter-api.js';
import { ActionForm } from './action-form.js';
import type { DossierDetail } from './dossier-api.js';
import { actionLabel } from './dossier-format.js';

/** Actions that end or refuse the dossier: shown so they are not mistaken for the next step. */
const DANGER: ReadonlySet<DossierAction> = new Set(['withdraw', 'stop', 'refuse_online']);

interface DossierActionsProps {
  dossier: DossierDetail;
  onDone: (dossier: DossierDetail, action: DossierAction) => void;
  onConflict: (code: string) => void;
}

/**
 * One button per action the server allows this user now (the workflow table's answer), and
 * nothing else: the UI never offers what the server would refuse. An action that, for paper,
 * goes through a hand-over record (the transfer to the unit, the issue) is named with a link
 * to the hand-over records instead of a button.
 */
export function DossierActions({ dossier, onDone, onConflict }: DossierActionsProps) {
  const t = useMessages().dossiers;
  const [selected, setSelected] = useState<DossierAction | null>(null);
  const byHandover = dossier.handoverActions.map((action) => (
    <p key={action} data-testid="handover-action">
      {t.detail.byHandover(actionLabel(action, t))} <Link to={HANDOVERS_PATH}>{t.detail.makeHandover}</Link>
    </p>
  ));
  if (dossier.allowedActions.length === 0) return byHandover.length ? <>{byHandover}</> : <p>{t.detail.noActions}</p>;
  return (
    <>
      {byHandover}
      <div className="action-buttons" data-testid="action-buttons">
        {dossier.allowedActions.map((action) => (
          <button
            key={action}
            type="button"
            className={DANGER.has(action) ? 'button-danger' : undefined}
            aria-expanded={selected === action}
            onClick={() => setSelected(selected === action ? null : action)}
          >
            {actionLabel(action, t)}
          </button>
        ))}
      </div>
      {selected && (
        <ActionForm
          key={`${selected}:${dossier.version}`}
          action={selected}
          dossier={dossier}
          onDone={(updated) => {
            setSelected(null);
            onDone(updated, selected);
          }}
          onConflict={(code) => {
            setSelected(null);
            onConflict(code);
          }}
          onCancel={() => setSelected(null)}
        />
      )}
    </>
  );
}

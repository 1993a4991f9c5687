import type { DecisionChange } from '@motcua/core';
import { useMessages } from '../../i18n/language.js';
import { ChangeDiff } from './change-diff.js';

interface ChangeListProps {
  changes: readonly DecisionChange[];
  /** Present while the decision is a draft the user may edit. */
  onRemove?: (change: DecisionChange) => void;
}

/** The changes a decision makes, each with its field-by-field difference. */
export function ChangeList({ changes, onRemove }: ChangeListProps) {
  const t = useMessages().catalog;
  return (
    <section aria-labelledby="changes-heading">
      <h2 id="changes-heading">{t.decision.changesHeading(changes.length)}</h2>
      {changes.length === 0 && <p>{t.decision.noChanges}</p>}
      {changes.map((change) => (
        <article key={change.id} className="change" data-testid="change" aria-labelledby={`change-${change.id}`}>
          <h3 id={`change-${change.id}`}>
            {t.decision.changeHeading(t.changeKinds[change.kind], change.procedureCode, change.name)}
          </h3>
          {change.replacementCode && <p>{t.decision.replacement(change.replacementCode)}</p>}
          {change.kind === 'abolish' ? <p>{t.decision.abolishedNote}</p> : <ChangeDiff change={change} />}
          {onRemove && (
            <p className="change-actions">
              <button type="button" className="button-danger" onClick={() => onRemove(change)}>
                {t.decision.removeChangeLabel(change.procedureCode)}
              </button>
            </p>
          )}
        </article>
      ))}
    </section>
  );
}

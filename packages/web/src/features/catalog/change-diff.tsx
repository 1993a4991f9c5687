import type { DecisionChange } from '@motcua/core';
import { useMessages } from '../../i18n/language.js';
import { formatLeaf, pathLabel } from './catalog-format.js';
import { CatalogTable } from './catalog-table.js';

type FieldChange = DecisionChange['diff'][number];
type DiffKind = 'added' | 'removed' | 'changed';

const kindOf = (row: FieldChange): DiffKind =>
  row.before === undefined ? 'added' : row.after === undefined ? 'removed' : 'changed';

const MARKERS: Record<DiffKind, string> = { added: '+', removed: '−', changed: '±' };

/** Long diffs (a whole new procedure) fold away so the decision stays readable. */
const FOLD_AFTER = 15;

/**
 * Before/after of each field a change touches. Added and removed values are green and red, and
 * also said in words (the Thay đổi column, <ins>/<del> with hidden labels), not by colour alone.
 */
export function ChangeDiff({ change }: { change: DecisionChange }) {
  const messages = useMessages();
  const t = messages.catalog.decision;
  const table = (
    <div className="diff-table">
      <CatalogTable
        caption={t.diffCaption(change.procedureCode)}
        rows={change.diff}
        rowKey={(row) => row.path}
        rowTestId="diff-row"
        rowClassName={(row) => `diff-${kindOf(row)}`}
        columns={[
          { header: t.diffColumns.field, cell: (row) => pathLabel(row.path, messages.catalog) },
          {
            header: t.diffColumns.change,
            cell: (row) => (
              <>
                <span className="diff-marker" aria-hidden="true">
                  {MARKERS[kindOf(row)]}{' '}
                </span>
                {t.diffKinds[kindOf(row)]}
              </>
            ),
          },
          {
            header: t.diffColumns.before,
            className: 'diff-before',
            cell: (row) =>
              row.before === undefined ? (
                t.noValue
              ) : (
                <del data-testid="diff-before">
                  <span className="visually-hidden">{t.beforeValue} </span>
                  {formatLeaf(row.path, row.before, messages)}
                </del>
              ),
          },
          {
            header: t.diffColumns.after,
            className: 'diff-after',
            cell: (row) =>
              row.after === undefined ? (
                t.noValue
              ) : (
                <ins data-testid="diff-after">
                  <span className="visually-hidden">{t.afterValue} </span>
                  {formatLeaf(row.path, row.after, messages)}
                </ins>
              ),
          },
        ]}
      />
    </div>
  );
  if (change.diff.length <= FOLD_AFTER) return table;
  return (
    <details>
      <summary>{t.diffSummary(change.diff.length)}</summary>
      {table}
    </details>
  );
}

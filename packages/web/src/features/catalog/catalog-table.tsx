import { useId, type ReactNode } from 'react';
import { useMessages } from '../../i18n/language.js';

export interface CatalogColumn<Row> {
  header: string;
  cell: (row: Row, index: number) => ReactNode;
  className?: string;
}

interface CatalogTableProps<Row> {
  caption: string;
  columns: readonly CatalogColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row, index: number) => string | number;
  /** Marks each body row for the browser tests. */
  rowTestId?: string;
  rowClassName?: (row: Row) => string | undefined;
}

/**
 * The shared DataTable's markup (captioned, scrollable, focusable region) with what the
 * catalog pages also need: per-row classes and test ids.
 */
export function CatalogTable<Row>({ caption, columns, rows, rowKey, rowTestId, rowClassName }: CatalogTableProps<Row>) {
  const t = useMessages();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={column.className}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>{t.common.noRows}</td>
            </tr>
          ) : (
            rows.map((row, index) => (
              <tr key={rowKey(row, index)} data-testid={rowTestId} className={rowClassName?.(row)}>
                {columns.map((column) => (
                  <td key={column.header} className={column.className}>
                    {column.cell(row, index)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

import { useResource } from '../../api/use-resource.js';
import { Link } from '../../app/router.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { PrintButton } from '../../components/print-button.js';
import { useMessages } from '../../i18n/language.js';
import { pathLabel } from './catalog-format.js';
import { CatalogTable } from './catalog-table.js';

/** The shape of FidelityReport in @motcua/core (a schema there, without an exported type). */
interface Report {
  items: { code: string; name: string; problems: { problem: string; path: string; message: string }[] }[];
  checked: number;
}

/** Kiểm tra đầy đủ thông tin: procedures in force that lack what the law requires to publish. */
export function FidelityPage() {
  const messages = useMessages();
  const t = messages.catalog;
  const report = useResource<Report>('/api/catalog/fidelity');
  return (
    <>
      <div className="toolbar">
        <PageTitle>{t.fidelity.title}</PageTitle>
        <PrintButton />
      </div>
      <p>{t.fidelity.intro}</p>
      <LoadStatus error={report.error} isLoading={report.isLoading} />
      {report.data && (
        <>
          <p role="status" data-testid="fidelity-summary">
            {t.fidelity.summary(report.data.checked, report.data.items.length)}
          </p>
          <CatalogTable
            caption={t.fidelity.caption}
            rows={report.data.items}
            rowKey={(item) => item.code}
            rowTestId="fidelity-row"
            columns={[
              { header: t.procedure.code, cell: (item) => item.code },
              {
                header: t.procedure.name,
                cell: (item) => <Link to={`/procedures/${encodeURIComponent(item.code)}`}>{item.name}</Link>,
              },
              {
                header: t.fidelity.problems,
                cell: (item) => (
                  <ul>
                    {item.problems.map((problem) => (
                      <li key={`${problem.problem}:${problem.path}`}>
                        {problem.message} ({pathLabel(problem.path, t)})
                      </li>
                    ))}
                  </ul>
                ),
              },
            ]}
          />
        </>
      )}
    </>
  );
}

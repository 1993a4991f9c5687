import { DataTable, type Column } from '../../components/data-table.js';
import { useMessages } from '../../i18n/language.js';
import { fileHref, type DossierDocument } from './dossier-api.js';

/** The checklist as received, with the digitised files (downloads). */
export function DossierDocuments({
  dossierId,
  documents,
}: {
  dossierId: string;
  documents: readonly DossierDocument[];
}) {
  const messages = useMessages();
  const t = messages.dossiers;
  const c = t.detail.documentColumns;
  const receivedAs = (doc: DossierDocument) =>
    doc.received
      ? t.reception.requiredValue(doc.form ? t.receivedForms[doc.form] : messages.common.empty, doc.copies)
      : t.detail.notReceived;
  const columns: Column<DossierDocument>[] = [
    { header: c.no, cell: (doc) => doc.ord + 1 },
    { header: c.name, cell: (doc) => doc.name },
    { header: c.received, cell: receivedAs },
    { header: c.digitisation, cell: (doc) => t.digitisation[doc.digitisation] ?? doc.digitisation },
    {
      header: c.files,
      cell: (doc) =>
        doc.files.length === 0 ? (
          messages.common.empty
        ) : (
          <ul className="file-list">
            {doc.files.map((file) => (
              <li key={file.id}>
                <a href={fileHref(dossierId, file.id)} download={file.filename} data-testid="file-link">
                  {t.detail.fileLink(file.filename, t.reception.pages(file.pages))}
                </a>
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return <DataTable caption={t.detail.documentsCaption} columns={columns} rows={documents} rowKey={(doc) => doc.ord} />;
}

import { useId, useState, type ChangeEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { useMessages } from '../../i18n/language.js';
import { uploadDossierFile, type DossierFile } from './dossier-api.js';

const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

interface FileUploadListProps {
  dossierId: string;
  documents: readonly { ord: number; name: string }[];
  onUploaded?: (file: DossierFile) => void;
}

/** Digitisation: one file input per checklist item; each file goes up as soon as it is chosen. */
export function FileUploadList({ dossierId, documents, onUploaded }: FileUploadListProps) {
  return (
    <ul className="upload-list">
      {documents.map((doc) => (
        <li key={doc.ord} data-testid="upload-item">
          <FileUpload dossierId={dossierId} ord={doc.ord} name={doc.name} onUploaded={onUploaded} />
        </li>
      ))}
    </ul>
  );
}

type UploadState = { status: 'idle' } | { status: 'uploading' } | { status: 'failed'; message: string };

function FileUpload({
  dossierId,
  ord,
  name,
  onUploaded,
}: {
  dossierId: string;
  ord: number;
  name: string;
  onUploaded: ((file: DossierFile) => void) | undefined;
}) {
  const messages = useMessages();
  const t = messages.dossiers.reception;
  const id = useId();
  const [state, setState] = useState<UploadState>({ status: 'idle' });
  const [uploaded, setUploaded] = useState<DossierFile[]>([]);

  async function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setState({ status: 'uploading' });
    try {
      const result = await uploadDossierFile(dossierId, ord, file);
      setUploaded((files) => [...files, result]);
      setState({ status: 'idle' });
      onUploaded?.(result);
    } catch (error) {
      // The server says why in words (empty, unreadable, not a PDF or image).
      const message = error instanceof ApiError ? error.message : messages.common.networkError;
      const detail = error instanceof ApiError ? error.details.map((d) => d.message).join(' ') : '';
      setState({ status: 'failed', message: [message, detail].filter(Boolean).join(' ') });
    } finally {
      input.value = ''; // the same file can be chosen again after a failure
    }
  }

  return (
    <div className="field">
      <label htmlFor={id}>{t.fileLabel(name)}</label>
      <input
        id={id}
        type="file"
        accept={ACCEPT}
        aria-describedby={`${id}-status`}
        onChange={(event) => void handleChange(event)}
      />
      <div id={`${id}-status`} role="status">
        {state.status === 'uploading' && <p className="loading">{t.uploading}</p>}
        {uploaded.map((file) => (
          <p key={file.id} className="upload-done" data-testid="upload-done">
            {t.uploaded(file.filename, file.sha256.slice(0, 12), t.pages(file.pages))}
          </p>
        ))}
      </div>
      <div role="alert">{state.status === 'failed' && <p className="field-error">{state.message}</p>}</div>
    </div>
  );
}

import type { ResultTemplate, ResultTemplateList, SigningCertificateStatus } from '@motcua/core';
import { useState, type FormEvent } from 'react';
import { ApiError, apiRequest, postJson } from '../../api/client.js';
import { useResource } from '../../api/use-resource.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormField } from '../../components/form-field.js';
import { LoadStatus } from '../../components/load-status.js';
import { PageTitle } from '../../components/page-title.js';
import { getLanguage, useMessages } from '../../i18n/language.js';
import { formatDateTime } from '../../lib/format-date.js';
import './results.css';

function describe(e: unknown): string {
  return e instanceof ApiError ? [e.message, ...e.details.map((d) => d.message)].join(' ') : String(e);
}

/** The administrator's page: the agency's signing certificate and the result templates. */
export function SigningPage() {
  const t = useMessages().results.signing;
  return (
    <>
      <PageTitle>{t.title}</PageTitle>
      <CertificatePanel />
      <TemplatesPanel />
    </>
  );
}

function CertificatePanel() {
  const t = useMessages().results.signing;
  const status = useResource<SigningCertificateStatus>('/api/signing/certificate');
  const [file, setFile] = useState<File | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return;
    setError(null);
    setNotice(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let binary = '';
      for (const b of bytes) binary += String.fromCharCode(b);
      await postJson('/api/signing/certificate', { pkcs12Base64: btoa(binary), passphrase });
      setPassphrase('');
      setNotice(t.uploaded);
      status.reload();
    } catch (e) {
      setError(describe(e));
    }
  }
  const cert = status.data?.certificate;
  return (
    <section className="panel">
      <h2>{t.certificateHeading}</h2>
      <LoadStatus error={status.error} isLoading={status.isLoading && !status.data} />
      {status.data && !cert && <p className="alert alert-error">{t.noCertificate}</p>}
      {cert && (
        <dl className="details" data-testid="certificate-details">
          <dt>{t.subject}</dt>
          <dd>{cert.subject}</dd>
          <dt>{t.issuer}</dt>
          <dd>{cert.issuer}</dd>
          <dt>{t.serial}</dt>
          <dd>{cert.serialNumber}</dd>
          <dt>{t.validity}</dt>
          <dd>
            {formatDateTime(cert.notBefore)} – {formatDateTime(cert.notAfter)}
          </dd>
          <dt>{t.fingerprint}</dt>
          <dd className="mono">{cert.fingerprint}</dd>
        </dl>
      )}
      <form onSubmit={handleSubmit}>
        <h3>{t.uploadHeading}</h3>
        <FormField label={t.file}>
          {(control) => (
            <input
              {...control}
              type="file"
              accept=".p12,.pfx,application/x-pkcs12"
              required
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </FormField>
        <FormField label={t.passphrase} hint={t.passphraseHint}>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="off"
              required
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
            />
          )}
        </FormField>
        {error && <ErrorAlert message={error} />}
        {notice && (
          <p role="status" className="alert alert-success">
            {notice}
          </p>
        )}
        <button type="submit" className="button-primary">
          {t.upload}
        </button>
      </form>
    </section>
  );
}

function TemplatesPanel() {
  const t = useMessages().results.signing;
  const list = useResource<ResultTemplateList>('/api/results/templates');
  const [code, setCode] = useState('');
  const items = list.data?.items ?? [];
  const selected = items.find((x) => x.procedureCode === code) ?? items[0];
  return (
    <section className="panel">
      <h2>{t.templatesHeading}</h2>
      <LoadStatus error={list.error} isLoading={list.isLoading && !list.data} />
      {selected && (
        <>
          <FormField label={t.procedure}>
            {(control) => (
              <select {...control} value={selected.procedureCode} onChange={(e) => setCode(e.target.value)}>
                {items.map((x) => (
                  <option key={x.procedureCode} value={x.procedureCode}>
                    {x.procedureCode} — {x.procedureName}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <TemplateEditor key={selected.procedureCode} template={selected} onSaved={list.reload} />
        </>
      )}
    </section>
  );
}

function TemplateEditor({ template, onSaved }: { template: ResultTemplate; onSaved: () => void }) {
  const t = useMessages().results.signing;
  const [title, setTitle] = useState(template.title);
  const [body, setBody] = useState(template.body);
  const [registerSymbol, setSymbol] = useState(template.registerSymbol);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const input = { title, body, registerSymbol };
  const path = `/api/results/templates/${encodeURIComponent(template.procedureCode)}`;

  async function handleSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setNotice(null);
    try {
      await apiRequest(path, { method: 'PUT', body: input });
      setNotice(t.saved);
      onSaved();
    } catch (e) {
      setError(describe(e));
    }
  }

  async function handlePreview() {
    setError(null);
    const response = await fetch(`${path}/preview`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': getLanguage() },
      body: JSON.stringify(input),
      credentials: 'same-origin',
    });
    if (!response.ok) {
      setError(((await response.json()) as { error: { message: string } }).error.message);
      return;
    }
    window.open(URL.createObjectURL(await response.blob()), '_blank', 'noopener');
  }

  return (
    <form className="template-editor" onSubmit={handleSave}>
      {!template.isSaved && <p className="field-hint">{t.defaultTemplate}</p>}
      <FormField label={t.templateTitle}>
        {(control) => <input {...control} required value={title} onChange={(e) => setTitle(e.target.value)} />}
      </FormField>
      <FormField label={t.body} hint={t.bodyHint}>
        {(control) => <textarea {...control} required value={body} onChange={(e) => setBody(e.target.value)} />}
      </FormField>
      <FormField label={t.symbol} hint={t.symbolHint}>
        {(control) => (
          <input
            {...control}
            required
            value={registerSymbol}
            onChange={(e) => setSymbol(e.target.value.toUpperCase())}
          />
        )}
      </FormField>
      {error && <ErrorAlert message={error} />}
      {notice && (
        <p role="status" className="alert alert-success">
          {notice}
        </p>
      )}
      <button type="submit" className="button-primary">
        {t.save}
      </button>{' '}
      <button type="button" onClick={() => void handlePreview()}>
        {t.preview}
      </button>
    </form>
  );
}

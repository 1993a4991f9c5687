import { ESCALATION_CATEGORIES, ESCALATION_MAX_FILES } from '@motcua/core';
import { useState, type FormEvent } from 'react';
import { postJson } from '../../api/client.js';
import { navigate } from '../../app/router.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { FormField } from '../../components/form-field.js';
import { PageTitle } from '../../components/page-title.js';
import { useMessages } from '../../i18n/language.js';
import { escalationHref, failureText, readAttachments, type EscalationCategory } from './escalation-api.js';
import './escalations.css';

/** The counter sends a question about a dossier (by its code) or a procedure to the focal officer. */
export function NewEscalationPage() {
  const messages = useMessages();
  const t = messages.escalations.form;
  const fromUrl = new URLSearchParams(window.location.search);
  const [subject, setSubject] = useState<'dossier' | 'procedure'>(fromUrl.get('dossier') ? 'dossier' : 'procedure');
  const [dossierCode, setDossierCode] = useState(fromUrl.get('dossier') ?? '');
  const [procedureCode, setProcedureCode] = useState(fromUrl.get('procedure') ?? '');
  const [category, setCategory] = useState<EscalationCategory>('documents');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<FileList | null>(null);
  const [error, setError] = useState('');
  const [isSending, setIsSending] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if ((files?.length ?? 0) > ESCALATION_MAX_FILES) {
      setError(t.tooManyFiles);
      return;
    }
    setIsSending(true);
    setError('');
    try {
      const attachments = await readAttachments(files);
      const created = await postJson<{ id: string }>('/api/escalations', {
        subject,
        dossierCode: subject === 'dossier' ? dossierCode : null,
        procedureCode: subject === 'procedure' ? procedureCode : null,
        category,
        title,
        body,
        attachments,
      });
      navigate(escalationHref(created.id));
    } catch (e) {
      setError(failureText(e, messages.common.networkError));
      setIsSending(false);
    }
  }

  return (
    <>
      <PageTitle>{t.title}</PageTitle>
      {error && <ErrorAlert message={error} />}
      <form onSubmit={(e) => void handleSubmit(e)}>
        <fieldset>
          <legend>{t.subject}</legend>
          <label>
            <input
              type="radio"
              name="subject"
              checked={subject === 'procedure'}
              onChange={() => setSubject('procedure')}
            />{' '}
            {t.subjectProcedure}
          </label>{' '}
          <label>
            <input type="radio" name="subject" checked={subject === 'dossier'} onChange={() => setSubject('dossier')} />{' '}
            {t.subjectDossier}
          </label>
        </fieldset>
        {subject === 'dossier' ? (
          <FormField label={t.dossierCode} hint={t.dossierCodeHint}>
            {(control) => (
              <input {...control} required value={dossierCode} onChange={(e) => setDossierCode(e.target.value)} />
            )}
          </FormField>
        ) : (
          <FormField label={t.procedureCode} hint={t.procedureCodeHint}>
            {(control) => (
              <input {...control} required value={procedureCode} onChange={(e) => setProcedureCode(e.target.value)} />
            )}
          </FormField>
        )}
        <FormField label={t.category}>
          {(control) => (
            <select {...control} value={category} onChange={(e) => setCategory(e.target.value as EscalationCategory)}>
              {ESCALATION_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {messages.escalations.categories[c]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t.heading}>
          {(control) => (
            <input
              {...control}
              required
              minLength={3}
              maxLength={300}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t.body}>
          {(control) => (
            <textarea
              {...control}
              required
              rows={6}
              maxLength={10000}
              value={body}
              onChange={(e) => setBody(e.target.value)}
            />
          )}
        </FormField>
        <FormField label={t.attachments}>
          {(control) => (
            <input
              {...control}
              type="file"
              multiple
              accept="application/pdf,image/jpeg,image/png"
              onChange={(e) => setFiles(e.target.files)}
            />
          )}
        </FormField>
        <button type="submit" disabled={isSending}>
          {isSending ? t.submitting : t.submit}
        </button>
      </form>
    </>
  );
}

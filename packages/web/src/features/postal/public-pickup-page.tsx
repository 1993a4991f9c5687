import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/client.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageTitle } from '../../components/page-title.js';
import { useMessages } from '../../i18n/language.js';
import { requestPublicPickup } from './postal-counter-api.js';
import { EMPTY_PICKUP, PickupFieldInputs } from './pickups-page.js';
import './postal.css';

/**
 * Đăng ký thu gom (public, no sign-in): procedure, name, phone, address, preferred time. The
 * answer is only the order number: personal data never comes back on a public page.
 */
export function PublicPickupPage({ procedureCode }: { procedureCode: string | null }) {
  const t = useMessages().postalCounter.publicRequest;
  const [value, setValue] = useState({ ...EMPTY_PICKUP, procedureCode: procedureCode ?? '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsSubmitting(true);
    try {
      const created = await requestPublicPickup(value);
      setDone(created.number);
      setError(null);
    } catch (e) {
      if (e instanceof ApiError) setErrors(Object.fromEntries(e.details.map((d) => [d.field, d.message])));
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setIsSubmitting(false);
    }
  }

  return (
    <>
      <PageTitle>{t.title}</PageTitle>
      <p className="lead">{t.intro}</p>
      {done ? (
        <p role="status" className="alert alert-success" data-testid="pickup-requested">
          {t.done(done)}
        </p>
      ) : (
        <form onSubmit={handleSubmit}>
          <PickupFieldInputs value={value} onChange={setValue} errors={errors} procedureLabel={t.procedureCode} />
          <p>{t.privacy}</p>
          {error && <ErrorAlert message={error} />}
          <button type="submit" className="button-primary" disabled={isSubmitting}>
            {isSubmitting ? t.submitting : t.submit}
          </button>
        </form>
      )}
    </>
  );
}

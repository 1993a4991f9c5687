import { useMessages } from '../i18n/language.js';
import { ErrorAlert } from './error-alert.js';

interface LoadStatusProps {
  error: { message: string } | undefined;
  isLoading: boolean;
}

/** What to say while data loads or after it failed to load; nothing once it is there. */
export function LoadStatus({ error, isLoading }: LoadStatusProps) {
  const t = useMessages();
  if (error) return <ErrorAlert message={error.message} />;
  if (isLoading) {
    return (
      <p role="status" className="loading">
        {t.common.loading}
      </p>
    );
  }
  return null;
}

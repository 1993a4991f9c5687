import { useCallback, useEffect, useState } from 'react';
import { ApiError, getJson } from './client.js';

export interface Resource<T> {
  /** The latest data received; kept while a newer request is in flight, so tables do not flicker. */
  data: T | undefined;
  /** The error of the latest request, if it failed. */
  error: ApiError | undefined;
  isLoading: boolean;
  reload: () => void;
}

/** Loads `path` with GET, again whenever the path changes or `reload` is called. */
export function useResource<T>(path: string): Resource<T> {
  const [version, setVersion] = useState(0);
  const [data, setData] = useState<T | undefined>(undefined);
  // Which request has settled, and how: loading is derived from it rather than stored.
  const [settled, setSettled] = useState<{ key: string; error?: ApiError }>({ key: '' });
  const key = `${version}:${path}`;

  useEffect(() => {
    const controller = new AbortController();
    getJson<T>(path, { signal: controller.signal }).then(
      (result) => {
        setData(result);
        setSettled({ key });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setSettled({ key, error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [key, path]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const isLoading = settled.key !== key;
  return { data, error: isLoading ? undefined : settled.error, isLoading, reload };
}

function toApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'UNKNOWN', String(error));
}

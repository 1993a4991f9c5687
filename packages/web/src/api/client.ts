import type { ErrorBody, ErrorDetail } from '@motcua/core';
import { getLanguage, messagesFor } from '../i18n/language.js';

/** A failed API call, carrying the server's error body (message already in the UI language). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
    readonly requestId: string | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
  /** Extra request headers, e.g. an Idempotency-Key that makes a retried submission harmless. */
  headers?: Record<string, string>;
  /**
   * Calls that run before anyone is signed in (login, the first /me) expect 401 as a normal
   * answer; for every other call a 401 means the session has expired.
   */
  isSessionOptional?: boolean;
}

let onSessionExpired: () => void = () => {};

/** The app registers here to send the user back to the login page on any unexpected 401. */
export function handleSessionExpiry(handler: () => void): void {
  onSessionExpired = handler;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': getLanguage(),
    ...options.headers,
  };
  // Only declare JSON when there is a body: the server rejects an empty JSON body.
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK', messagesFor(getLanguage()).common.networkError);
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const { error } = (await response.json()) as ErrorBody;
    return new ApiError(response.status, error.code, error.message, error.details, error.requestId);
  } catch {
    // Not our JSON error body: a proxy or gateway answered instead of the server.
    const message = messagesFor(getLanguage()).common.networkError;
    return new ApiError(response.status, 'UNAVAILABLE', message);
  }
}

/** Sends a request and returns the parsed JSON body, or undefined for 204 No Content. */
export async function apiRequest(path: string, options: RequestOptions = {}): Promise<unknown> {
  const response = await send(path, options);
  if (response.status === 401 && !options.isSessionOptional) onSessionExpired();
  if (!response.ok) throw await toApiError(response);
  return response.status === 204 ? undefined : response.json();
}

/*
 * The server validates every response against the shared contracts in @motcua/core, so the
 * client trusts the shape and only states the type it expects.
 */
export async function getJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return (await apiRequest(path, options)) as T;
}

export async function postJson<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return (await apiRequest(path, { ...options, method: 'POST', body })) as T;
}

/**
 * Posts a file as the raw request body (the JSON client cannot carry bytes); the server works
 * out the type from the bytes themselves, so the declared type is only a courtesy.
 */
export async function postBytes<T>(path: string, body: Blob, options: RequestOptions = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Accept-Language': getLanguage(),
        'Content-Type': body.type || 'application/octet-stream',
        ...options.headers,
      },
      body,
      signal: options.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK', messagesFor(getLanguage()).common.networkError);
  }
  if (response.status === 401) onSessionExpired();
  if (!response.ok) throw await toApiError(response);
  return (await response.json()) as T;
}

/** One page of a paginated list, as every list endpoint returns it. */
export interface PageOf<T> {
  items: T[];
  total: number;
}

import type { ChangeInput, Decision, DecisionDetail, DecisionInput, ErrorBody, ProcedureDetail } from '@motcua/core';
import { ApiError, apiRequest, postJson } from '../../api/client.js';
import { getLanguage, messagesFor } from '../../i18n/language.js';

/** Search filter on how a dossier may be filed (the `channel` parameter of both search APIs). */
export const CHANNEL_FILTERS = ['counter', 'post', 'online', 'online_full'] as const;
export type ChannelFilter = (typeof CHANNEL_FILTERS)[number];

export function isChannelFilter(value: string): value is ChannelFilter {
  return (CHANNEL_FILTERS as readonly string[]).includes(value);
}

/** The public API's procedure: the staff view plus the agency and the appointment if filed now. */
export interface PublicProcedure extends ProcedureDetail {
  agency: { code: string; name: string };
  expectedAppointment: { receivedAt: string; countsFrom: string; dueAt: string } | null;
}

export interface SearchParams {
  q: string;
  field: string;
  channel: ChannelFilter | '';
  page: number;
  includeAbolished?: boolean;
}

export const SEARCH_PAGE_SIZE = 20;

/** The query string of a search, without empty parameters. */
export function searchQuery(params: SearchParams, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams(extra);
  if (params.q.trim()) query.set('q', params.q.trim());
  if (params.field) query.set('field', params.field);
  if (params.channel) query.set('channel', params.channel);
  if (params.includeAbolished) query.set('includeAbolished', 'true');
  query.set('page', String(params.page));
  query.set('pageSize', String(SEARCH_PAGE_SIZE));
  return query.toString();
}

export const decisionPath = (id: string) => `/api/catalog/decisions/${encodeURIComponent(id)}`;

export function createDecision(input: DecisionInput): Promise<Decision> {
  return postJson<Decision>('/api/catalog/decisions', input);
}

export async function updateDecision(id: string, input: DecisionInput): Promise<Decision> {
  return (await apiRequest(decisionPath(id), { method: 'PUT', body: input })) as Decision;
}

export async function discardDecision(id: string): Promise<void> {
  await apiRequest(decisionPath(id), { method: 'DELETE' });
}

export function addChange(id: string, change: ChangeInput): Promise<DecisionDetail> {
  return postJson<DecisionDetail>(`${decisionPath(id)}/changes`, change);
}

export async function removeChange(id: string, changeId: string): Promise<void> {
  await apiRequest(`${decisionPath(id)}/changes/${encodeURIComponent(changeId)}`, { method: 'DELETE' });
}

export function publishDecision(id: string): Promise<Decision> {
  return postJson<Decision>(`${decisionPath(id)}/publish`, undefined);
}

/**
 * Posts an .xlsx file as the raw body (the JSON client cannot carry it). The answer's shape
 * belongs to the import endpoint, so it is returned as it came and read defensively.
 */
export async function importXlsx(id: string, file: File, isDryRun: boolean): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${decisionPath(id)}/import?dryRun=${isDryRun}`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Accept-Language': getLanguage(),
        'Content-Type': file.type || 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'NETWORK', messagesFor(getLanguage()).common.networkError);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) return body;
  const error = (body as Partial<ErrorBody> | undefined)?.error;
  if (!error) throw new ApiError(response.status, 'UNAVAILABLE', messagesFor(getLanguage()).common.networkError);
  throw new ApiError(response.status, error.code, error.message, error.details, error.requestId);
}

import { useEffect, useState } from 'react';
import { isChannelFilter, type SearchParams } from './catalog-api.js';

const TYPING_PAUSE_MS = 300;

function readUrl(): SearchParams {
  const query = new URLSearchParams(window.location.search);
  const channel = query.get('channel') ?? '';
  const page = Number(query.get('page'));
  return {
    q: query.get('q') ?? '',
    field: query.get('field') ?? '',
    channel: isChannelFilter(channel) ? channel : '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
    includeAbolished: query.get('includeAbolished') === 'true',
  };
}

function writeUrl(params: SearchParams): void {
  const query = new URLSearchParams();
  if (params.q.trim()) query.set('q', params.q.trim());
  if (params.field) query.set('field', params.field);
  if (params.channel) query.set('channel', params.channel);
  if (params.includeAbolished) query.set('includeAbolished', 'true');
  if (params.page > 1) query.set('page', String(params.page));
  const search = query.toString();
  // replaceState: the search is remembered for the back button without a history entry per key.
  window.history.replaceState(window.history.state, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
}

export interface ProcedureSearch {
  /** The search as sent to the server. */
  params: SearchParams;
  /** What is in the search box now; reaches `params.q` after a short pause in typing. */
  text: string;
  setText: (text: string) => void;
  /** Sends the typed text at once (the search button, Enter). */
  submit: () => void;
  /** Changes a filter and goes back to the first page. */
  setFilter: (change: Partial<Omit<SearchParams, 'page' | 'q'>>) => void;
  setPage: (page: number) => void;
}

/** The search state of a catalog search page, kept in the address so Back returns to it. */
export function useProcedureSearch(): ProcedureSearch {
  const [params, setParams] = useState<SearchParams>(readUrl);
  const [text, setText] = useState(params.q);

  useEffect(() => writeUrl(params), [params]);

  useEffect(() => {
    if (text === params.q) return;
    const timer = window.setTimeout(() => setParams((p) => ({ ...p, q: text, page: 1 })), TYPING_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text, params.q]);

  return {
    params,
    text,
    setText,
    submit: () => setParams((p) => (p.q === text ? p : { ...p, q: text, page: 1 })),
    setFilter: (change) => setParams((p) => ({ ...p, ...change, page: 1 })),
    setPage: (page) => setParams((p) => ({ ...p, page })),
  };
}

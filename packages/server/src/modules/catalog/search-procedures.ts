import type { ProcedureSummary } from '@motcua/core';
import { sql } from 'kysely';
import type { Queryable } from '../../db/database.js';
import { inForceAt } from './procedure.repository.js';
import { correctQueryWords } from './search-words.js';

export const CHANNEL_FILTERS = ['counter', 'post', 'online', 'online_full'] as const;
export type ChannelFilter = (typeof CHANNEL_FILTERS)[number];

export type SearchQuery = {
  q?: string | undefined;
  field?: string | undefined;
  channel?: ChannelFilter | undefined;
  page: number;
  pageSize: number;
  includeAbolished?: boolean;
};

const CHANNEL_CONDITIONS: Record<ChannelFilter, ReturnType<typeof sql>> = {
  counter: sql`v.by_counter`,
  post: sql`v.by_post`,
  online: sql`v.online <> 'none'`,
  online_full: sql`v.online = 'full'`,
};

type Hit = {
  code: string;
  name: string;
  field: string;
  is_abolished: boolean;
  level: string;
  channels: ProcedureSummary['channels'];
  processing_time: ProcedureSummary['processingTime'];
  total: number;
};

/**
 * Searches the versions in force at `at`. Diacritics and case are ignored (unaccent); a
 * misspelt word is first corrected against the agency's vocabulary (pg_trgm), then every word
 * must occur (full-text search on a GIN index). Ranking: an exact code, then whether the query
 * occurs as one phrase and how early (so "Cấp Chứng chỉ hành nghề dược" comes before "Cấp lại
 * Chứng chỉ hành nghề dược"), then cover density (words close together, in a short text).
 * Only the page's rows read the full document.
 */
export async function searchProcedures(
  db: Queryable,
  agencyId: string,
  query: SearchQuery,
  at: Date,
): Promise<{ items: ProcedureSummary[]; total: number }> {
  const q = query.q?.trim() ? query.q.trim() : null;
  const words = q ? await correctQueryWords(db, agencyId, q) : [];
  if (q && words.length === 0) return { items: [], total: 0 };
  const phrase = words.join(' ');
  const filters = [
    sql`v.agency_id = ${agencyId}`,
    sql`v.effective_from <= ${at} AND (v.effective_to IS NULL OR v.effective_to > ${at})`,
    query.includeAbolished ? sql`true` : sql`NOT v.is_abolished`,
    q ? sql`v.search_tsv @@ to_tsquery('simple', ${toTsQuery(words)})` : sql`true`,
    query.field ? sql`v.field = ${query.field}` : sql`true`,
    query.channel ? CHANNEL_CONDITIONS[query.channel] : sql`true`,
  ];
  const score = q
    ? sql`CASE WHEN v.code = ${q} THEN 10 ELSE 0 END
        + CASE WHEN strpos(v.search_text, ${phrase}) > 0 THEN 1 - strpos(v.search_text, ${phrase}) / 10000.0 ELSE 0 END
        + ts_rank_cd(v.search_tsv, to_tsquery('simple', ${toTsQuery(words)}), 1)`
    : sql`0.0`;
  const result = await sql<Hit>`
    WITH hits AS (
      SELECT v.id, v.code, v.name, v.field, v.is_abolished, ${score} AS score
      FROM procedure_version v
      WHERE ${sql.join(filters, sql` AND `)}
    ), page AS (
      SELECT * FROM hits ORDER BY score DESC, field, name, code
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}
    )
    SELECT page.code, page.name, page.field, page.is_abolished,
      v.content ->> 'level' AS level, v.content -> 'channels' AS channels,
      v.content -> 'processingTime' AS processing_time,
      (SELECT count(*) FROM hits) AS total
    FROM page JOIN procedure_version v ON v.agency_id = ${agencyId} AND v.id = page.id
    ORDER BY page.score DESC, page.field, page.name, page.code`.execute(db);
  const items: ProcedureSummary[] = result.rows.map((r) => ({
    code: r.code,
    name: r.name,
    field: r.field,
    level: r.level,
    channels: r.channels,
    processingTime: r.processing_time,
    isAbolished: r.is_abolished,
  }));
  const total = result.rows[0]?.total ?? (query.page > 1 ? await countHits(db, agencyId, query, at) : 0);
  return { items, total };
}

/** A page past the end has no rows to carry the total; ask for the first page's. */
async function countHits(db: Queryable, agencyId: string, query: SearchQuery, at: Date): Promise<number> {
  return (await searchProcedures(db, agencyId, { ...query, page: 1, pageSize: 1 }, at)).total;
}

/** Every word must occur; the last may be the start of a word (as typed so far). */
function toTsQuery(words: string[]): string {
  return words.map((w, i) => `'${w.replaceAll("'", "''")}'${i === words.length - 1 ? ':*' : ''}`).join(' & ');
}

/** The fields (lĩnh vực) that have procedures in force, for the search filter. */
export async function listFields(db: Queryable, agencyId: string, at: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('procedure_version')
    .select('field')
    .distinct()
    .where('agency_id', '=', agencyId)
    .where(inForceAt(at))
    .where('is_abolished', '=', false)
    .orderBy('field')
    .execute();
  return rows.map((r) => r.field);
}

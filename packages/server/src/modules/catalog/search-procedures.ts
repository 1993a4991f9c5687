import type { ProcedureSummary } from '@motcua/core';
import { sql } from 'kysely';
import type { Queryable } from '../../db/database.js';

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
  counter: sql`(v.content -> 'channels' ->> 'counter')::boolean`,
  post: sql`((v.content -> 'channels' ->> 'postReceipt')::boolean OR (v.content -> 'channels' ->> 'postReturn')::boolean)`,
  online: sql`v.content -> 'channels' ->> 'online' <> 'none'`,
  online_full: sql`v.content -> 'channels' ->> 'online' = 'full'`,
};

/**
 * Searches the versions in force at `at`. Diacritics and case are ignored (unaccent), small
 * typos tolerated (pg_trgm word similarity, through the trigram index). Ranking: how well the
 * query's words match, then whether it occurs as one phrase, then how early (so "Cấp Chứng chỉ
 * hành nghề dược" comes before "Cấp lại Chứng chỉ hành nghề dược"), then overall similarity.
 */
export async function searchProcedures(db: Queryable, agencyId: string, query: SearchQuery, at: Date) {
  const q = query.q?.trim() ? query.q.trim() : null;
  const qt = sql`motcua_search_text(${q}::text)`;
  const filters = [
    sql`v.agency_id = ${agencyId}`,
    sql`v.effective_from <= ${at} AND (v.effective_to IS NULL OR v.effective_to > ${at})`,
    query.includeAbolished ? sql`true` : sql`NOT v.is_abolished`,
    q ? sql`(${qt} <% v.search_text OR strpos(v.search_text, ${qt}) > 0 OR p.code = ${q})` : sql`true`,
    query.field ? sql`v.field = ${query.field}` : sql`true`,
    query.channel ? CHANNEL_CONDITIONS[query.channel] : sql`true`,
  ];
  const score = q
    ? sql`(CASE WHEN p.code = ${q} THEN 10 ELSE 0 END + word_similarity(${qt}, v.search_text)
        + CASE WHEN strpos(v.search_text, ${qt}) > 0 THEN 0.5 - strpos(v.search_text, ${qt}) / 10000.0 ELSE 0 END
        + 0.1 * similarity(${qt}, v.search_text)) DESC,`
    : sql``;
  const rows = await sql<{
    code: string;
    name: string;
    field: string;
    content: {
      level: string;
      channels: ProcedureSummary['channels'];
      processingTime: ProcedureSummary['processingTime'];
    };
    is_abolished: boolean;
    total: number;
  }>`
    SELECT p.code, v.name, v.field, v.content, v.is_abolished, count(*) OVER () AS total
    FROM procedure_version v
    JOIN procedure p ON p.agency_id = v.agency_id AND p.id = v.procedure_id
    WHERE ${sql.join(filters, sql` AND `)}
    ORDER BY ${score} v.field, v.name, p.code
    LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`.execute(db);
  const items: ProcedureSummary[] = rows.rows.map((r) => ({
    code: r.code,
    name: r.name,
    field: r.field,
    level: r.content.level,
    channels: r.content.channels,
    processingTime: r.content.processingTime,
    isAbolished: r.is_abolished,
  }));
  return { items, total: rows.rows[0]?.total ?? (query.page > 1 ? await countOnly(db, agencyId, query, at) : 0) };
}

async function countOnly(db: Queryable, agencyId: string, query: SearchQuery, at: Date): Promise<number> {
  const all = await searchProcedures(db, agencyId, { ...query, page: 1, pageSize: 1 }, at);
  return all.total;
}

/** The fields (lĩnh vực) that have procedures in force, for the search filter. */
export async function listFields(db: Queryable, agencyId: string, at: Date): Promise<string[]> {
  const rows = await db
    .selectFrom('procedure_version')
    .select('field')
    .distinct()
    .where('agency_id', '=', agencyId)
    .where('effective_from', '<=', at)
    .where((eb) => eb.or([eb('effective_to', 'is', null), eb('effective_to', '>', at)]))
    .where('is_abolished', '=', false)
    .orderBy('field')
    .execute();
  return rows.map((r) => r.field);
}

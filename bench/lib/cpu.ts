import fs from 'node:fs/promises';
import { sql } from 'kysely';
import type { Db } from '../../packages/server/src/db/database.js';

/**
 * CPU time spent, in milliseconds, by this process's main thread (the server and, for the raw
 * side, its workers), by its other threads (the load generator's worker, libuv, GC helpers) and
 * by the benchmark's PostgreSQL (the postmaster and its children, not another one on the machine;
 * NaN when the server runs on another machine).
 * Unlike requests per second, CPU per action hardly depends on what else runs on the machine.
 */
export type CpuTimes = { main: number; others: number; postgres: number };

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** Reads the counters; Linux only (elsewhere every figure is 0). */
export async function cpuReader(db: Db): Promise<() => Promise<CpuTimes>> {
  if (process.platform !== 'linux') return async () => ({ main: 0, others: 0, postgres: 0 });
  const { rows } = await sql<{ pid: number }>`SELECT pg_backend_pid() AS pid`.execute(db);
  // A server on another machine: its backend's pid means nothing here, and its CPU is not read.
  const backend = rows[0]!.pid;
  const local = await fs.readFile(`/proc/${backend}/cmdline`, 'utf8').then(
    (c) => c.includes('postgres'),
    () => false,
  );
  const postmaster = local ? (await stat(`/proc/${backend}/stat`))?.ppid : undefined;
  return async () => {
    let main = 0;
    let others = 0;
    for (const tid of await fs.readdir('/proc/self/task')) {
      const s = await stat(`/proc/self/task/${tid}/stat`);
      if (!s) continue;
      if (Number(tid) === process.pid) main += s.ticks;
      else others += s.ticks;
    }
    if (postmaster === undefined) return { main: main * TICK_MS, others: others * TICK_MS, postgres: NaN };
    let postgres = 0;
    for (const pid of await fs.readdir('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      const s = await stat(`/proc/${pid}/stat`);
      // Exited children's time is counted in the postmaster's cutime/cstime.
      if (s && (Number(pid) === postmaster || s.ppid === postmaster)) postgres += s.ticks + s.childTicks;
    }
    return { main: main * TICK_MS, others: others * TICK_MS, postgres: postgres * TICK_MS };
  };
}

async function stat(file: string): Promise<{ ppid: number; ticks: number; childTicks: number } | undefined> {
  const text = await fs.readFile(file, 'utf8').catch(() => undefined);
  if (!text) return undefined;
  // Fields after the command name, which is in parentheses and may contain spaces.
  const f = text.slice(text.lastIndexOf(')') + 2).split(' ');
  // f[0] is field 3 (state): ppid is field 4, utime 14, stime 15, cutime 16, cstime 17.
  return { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]), childTicks: Number(f[13]) + Number(f[14]) };
}

export function cpuSince(before: CpuTimes, after: CpuTimes): CpuTimes {
  return {
    main: after.main - before.main,
    others: after.others - before.others,
    postgres: after.postgres - before.postgres,
  };
}

export function addCpu(a: CpuTimes, b: CpuTimes): CpuTimes {
  return { main: a.main + b.main, others: a.others + b.others, postgres: a.postgres + b.postgres };
}

import { describe, expect, it } from 'vitest';
import { addWorkingDays, addWorkingTime } from './deadline.js';
import { vn, WORKING_DAY } from './fixtures/calendars.js';
import { VN_HOLIDAYS_2025_2026 } from './fixtures/vn-holidays.js';
import { localDateOf, MINUTE_MS } from './local-time.js';
import type { Pause } from './pauses.js';
import { isWorkingDay, windowsOf } from './working-calendar.js';
import { countsFrom, workingTimeBetween } from './working-time.js';

/** mulberry32: a tiny seeded generator, so a failure reproduces exactly. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const FROM = Date.parse('2025-01-01T00:00:00+07:00');
const SPAN = Date.parse('2026-11-01T00:00:00+07:00') - FROM;
const KINDS = new Map(VN_HOLIDAYS_2025_2026.map((day) => [day.date, day.kind]));

/** An independent, deliberately naive reading of the rules: is this whole minute working time? */
function isWorkingMinute(ms: number): boolean {
  const wall = new Date(ms + 7 * 60 * MINUTE_MS);
  const kind = KINDS.get(wall.toISOString().slice(0, 10));
  const weekday = wall.getUTCDay();
  if (!(kind ? kind === 'working_day' : weekday !== 0 && weekday !== 6)) return false;
  const minute = wall.getUTCHours() * 60 + wall.getUTCMinutes();
  return (minute >= 420 && minute < 690) || (minute >= 810 && minute < 1020);
}

/** Walks minute by minute: the end of the minute in which the `minutes`-th unpaused one elapses. */
function oracleDue(t: number, minutes: number, isPaused: (ms: number) => boolean = () => false): number {
  let count = 0;
  for (let ms = t; ; ms += MINUTE_MS) {
    if (isWorkingMinute(ms) && !isPaused(ms)) count += 1;
    if (count === minutes) return ms + MINUTE_MS;
  }
}

function randomMinute(random: () => number): number {
  return FROM + Math.floor((random() * SPAN) / MINUTE_MS) * MINUTE_MS;
}

describe('properties over random receipts (seeded)', () => {
  it('n working days are exactly n × 8 h of working time, ending inside or at the end of a window', () => {
    const random = seeded(20260213);
    for (let i = 0; i < 500; i += 1) {
      const t = new Date(FROM + Math.floor(random() * SPAN)); // any millisecond
      const n = Math.floor(random() * 70);
      const due = addWorkingDays(vn, t, n);
      const context = `t=${t.toISOString()} n=${n}`;
      expect(workingTimeBetween(vn, countsFrom(vn, t), due), context).toBe(n * WORKING_DAY);
      expect(workingTimeBetween(vn, t, due), context).toBe(n * WORKING_DAY);
      const date = localDateOf(due, 420);
      expect(isWorkingDay(vn, date), context).toBe(true);
      const inside = windowsOf(vn, date).some(({ start, end }) => start <= due && due <= end);
      expect(inside, context).toBe(true);
      if (n > 0) {
        // Earliest: a millisecond earlier is not enough.
        expect(workingTimeBetween(vn, t, new Date(due.getTime() - 1)), context).toBeLessThan(n * WORKING_DAY);
      }
    }
  });

  it('agrees with a minute-by-minute walk for working time in whole minutes', () => {
    const random = seeded(7);
    for (let i = 0; i < 80; i += 1) {
      const t = randomMinute(random);
      const minutes = 1 + Math.floor(random() * 5 * 480);
      const due = addWorkingTime(vn, new Date(t), minutes * MINUTE_MS);
      expect(due.getTime(), `t=${new Date(t).toISOString()} minutes=${minutes}`).toBe(oracleDue(t, minutes));
    }
  });

  it('agrees with a minute-by-minute walk that skips paused minutes', () => {
    const random = seeded(42);
    for (let i = 0; i < 60; i += 1) {
      const t = randomMinute(random);
      const minutes = 1 + Math.floor(random() * 4 * 480);
      const pauses = Array.from({ length: 1 + Math.floor(random() * 3) }, () => {
        const from = t + Math.floor(random() * 10 * 1440) * MINUTE_MS - 1440 * MINUTE_MS;
        return { from, to: from + Math.floor(random() * 4 * 1440) * MINUTE_MS };
      });
      const isPaused = (ms: number) => pauses.some((p) => ms >= p.from && ms < p.to);
      const asDates: Pause[] = pauses.map((p) => ({ from: new Date(p.from), to: new Date(p.to) }));
      const due = addWorkingTime(vn, new Date(t), minutes * MINUTE_MS, asDates);
      expect(due?.getTime(), `t=${new Date(t).toISOString()} minutes=${minutes}`).toBe(oracleDue(t, minutes, isPaused));
    }
  });

  it('is null exactly when an open pause begins before the due instant', () => {
    const random = seeded(99);
    for (let i = 0; i < 200; i += 1) {
      const t = randomMinute(random);
      const n = 1 + Math.floor(random() * 10);
      const unpaused = addWorkingDays(vn, new Date(t), n);
      const from = new Date(t + Math.floor(random() * 20 * 1440) * MINUTE_MS);
      const due = addWorkingDays(vn, new Date(t), n, [{ from }]);
      expect(due, `t=${new Date(t).toISOString()} from=${from.toISOString()}`).toEqual(
        from < unpaused ? null : unpaused,
      );
    }
  });
});

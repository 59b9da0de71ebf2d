/**
 * When a scheduler runs next (iDempiere's AD_Schedule): every N minutes, hours or days (`ScheduleType` F,
 * `FrequencyType` M/H/D), or a five-field cron pattern (`C`: minute hour day-of-month month day-of-week,
 * with `*`, `*\/n`, lists and ranges), in UTC. The Cron Trigger ticks every 15 minutes, so a run is due at
 * the first tick at or after its time.
 */

export interface Schedule {
  scheduleType: string;
  frequencyType: string;
  frequency: number;
  cronPattern: string | null;
}

const UNIT_MS: Record<string, number> = { M: 60_000, H: 3_600_000, D: 86_400_000 };

function field(spec: string, min: number, max: number): Set<number> | null {
  const values = new Set<number>();
  for (const part of spec.split(',')) {
    const m = /^(\*|\d+(?:-\d+)?)(?:\/(\d+))?$/.exec(part.trim());
    if (!m) return null;
    const step = m[2] ? Number(m[2]) : 1;
    const [lo, hi] =
      m[1] === '*'
        ? [min, max]
        : m[1]
            .split('-')
            .map(Number)
            .concat(m[1].includes('-') ? [] : [Number.NaN]);
    const from = lo;
    const to = Number.isNaN(hi) ? (m[2] ? max : lo) : hi;
    if (step < 1 || from < min || to > max || from > to) return null;
    for (let v = from; v <= to; v += step) values.add(v);
  }
  return values;
}

/** A cron pattern's fields, or null when it is not one this module understands. */
export function parseCron(pattern: string) {
  const parts = pattern.trim().split(/\s+/);
  if (parts.length !== 5) return null;
  const [minute, hour, day, month, weekday] = [
    field(parts[0], 0, 59),
    field(parts[1], 0, 23),
    field(parts[2], 1, 31),
    field(parts[3], 1, 12),
    field(parts[4], 0, 7),
  ];
  if (!minute || !hour || !day || !month || !weekday) return null;
  if (weekday.has(7)) weekday.add(0);
  return { minute, hour, day, month, weekday };
}

/** The next run after `from` (exclusive), or null when the schedule never fires (within a year). */
export function nextRun(schedule: Schedule, from: Date): Date | null {
  if (schedule.scheduleType === 'C') {
    const cron = schedule.cronPattern ? parseCron(schedule.cronPattern) : null;
    if (!cron) return null;
    const t = new Date(Math.floor(from.getTime() / 60_000) * 60_000 + 60_000);
    // Whole days and hours are skipped when they cannot match, so a year is at most ~9,000 steps.
    for (let steps = 0; steps < 20_000 && t.getTime() - from.getTime() < 366 * 86_400_000; steps++) {
      if (!cron.month.has(t.getUTCMonth() + 1) || !cron.day.has(t.getUTCDate()) || !cron.weekday.has(t.getUTCDay())) {
        t.setUTCHours(24, 0, 0, 0);
        continue;
      }
      if (!cron.hour.has(t.getUTCHours())) {
        t.setUTCHours(t.getUTCHours() + 1, 0, 0, 0);
        continue;
      }
      if (cron.minute.has(t.getUTCMinutes())) return t;
      t.setUTCMinutes(t.getUTCMinutes() + 1, 0, 0);
    }
    return null;
  }
  const unit = UNIT_MS[schedule.frequencyType];
  if (!unit || !(schedule.frequency > 0)) return null;
  return new Date(from.getTime() + schedule.frequency * unit);
}

/** A schedule a scheduler may use (checked when one is started). */
export function validSchedule(schedule: Schedule): boolean {
  return nextRun(schedule, new Date(0)) !== null;
}

/**
 * Liberty's timestamps are Python's `datetime.isoformat()` of an aware UTC time, as the seed shows them
 * (`2025-01-27T08:14:13.809494+00:00`): microseconds (left out when zero, as Python does) and `+00:00`.
 * Atrium keeps milliseconds, so the last three digits are zeros. A value in another form (a stored
 * text that is not a UTC timestamp) is answered as it is.
 */
export function libertyTime<T extends string | null>(value: T): T {
  if (value === null) return value;
  const m = /^(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(?:Z|[+-]00:?00)?$/.exec(value);
  if (!m) return value;
  const micros = (m[3] ?? '').padEnd(6, '0').slice(0, 6);
  return `${m[1]}T${m[2]}${/^0+$/.test(micros) ? '' : `.${micros}`}+00:00` as T;
}

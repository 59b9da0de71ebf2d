/**
 * Compares an answer with a seed's example by shape: every key of the example is in the answer with a
 * value of the same JSON type, recursively (arrays: each element of the answer against the example's
 * first element, when both have one). A null in the answer stands for a value the example happens to
 * show (the example is one row). `skip` lists dotted paths not to compare (deliberate deviations).
 */
export function shapeErrors(example: unknown, answer: unknown, skip: string[] = [], path = ''): string[] {
  if (skip.includes(path)) return [];
  const at = path || '$';
  const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  if (answer === null && example !== null && kind(example) !== 'object' && kind(example) !== 'array') return [];
  if (kind(example) !== kind(answer)) return [`${at}: ${kind(answer)} where the example has ${kind(example)}`];
  if (Array.isArray(example) && Array.isArray(answer)) {
    if (example.length === 0) return [];
    return answer.flatMap((item, i) => shapeErrors(example[0], item, skip, path ? `${path}.${i}` : String(i)));
  }
  if (kind(example) === 'object') {
    const answered = answer as Record<string, unknown>;
    return Object.entries(example as Record<string, unknown>).flatMap(([key, value]) => {
      const child = path ? `${path}.${key}` : key;
      if (skip.includes(child)) return [];
      if (!(key in answered)) return [`${child}: missing`];
      return shapeErrors(value, answered[key], skip, child);
    });
  }
  return [];
}

/** The value at a dotted path (`items.0.USR_ID`). */
export function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

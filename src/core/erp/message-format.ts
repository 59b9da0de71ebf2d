/**
 * Java's MessageFormat as iDempiere's messages use it: `{0}`, `{0,number}`, `{0,number,#,##0.00}` and
 * `{0,choice,-1#text|0#text|0<text}` (texts may hold further `{…}`). A pattern's grouping comes from its `,`,
 * its decimals from the digits after `.` (`0` always shown, `#` when not zero). Values are numbers or null
 * (shown empty).
 */
export function formatMessage(text: string, values: readonly (number | null)[]): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch !== '{') {
      out += ch;
      i++;
      continue;
    }
    const end = closing(text, i);
    if (end < 0) return out + text.slice(i);
    out += placeholder(text.slice(i + 1, end), values);
    i = end + 1;
  }
  return out;
}

/** The `}` that closes the `{` at `open` (nested braces counted), or -1. */
function closing(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function placeholder(body: string, values: readonly (number | null)[]): string {
  const first = body.indexOf(',');
  const index = Number((first < 0 ? body : body.slice(0, first)).trim());
  if (!Number.isInteger(index) || index < 0) return `{${body}}`;
  const value = values[index] ?? null;
  if (first < 0) return value === null ? '' : formatNumber(value, '#,##0.###');
  const rest = body.slice(first + 1);
  const second = rest.indexOf(',');
  const type = (second < 0 ? rest : rest.slice(0, second)).trim();
  const style = second < 0 ? '' : rest.slice(second + 1);
  if (type === 'choice') return formatMessage(choose(style, value ?? 0), values);
  if (value === null) return '';
  if (type === 'number') return formatNumber(value, style.trim() || '#,##0.###');
  return String(value);
}

/** The text of the last limit the value reaches (`n#` at least n, `n<` more than n). */
function choose(style: string, value: number): string {
  let chosen = '';
  let first = true;
  for (const option of splitOptions(style)) {
    const m = /^\s*(-?[\d.]+|-?∞)\s*([#<≤])([\s\S]*)$/.exec(option);
    if (!m) continue;
    const limit = m[1].includes('∞') ? (m[1].startsWith('-') ? -Infinity : Infinity) : Number(m[1]);
    const reached = m[2] === '<' ? value > limit : value >= limit;
    if (reached || first) chosen = m[3];
    first = false;
    if (!reached) break;
  }
  return chosen;
}

/** Splits choice options on `|` outside nested braces. */
function splitOptions(style: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < style.length; i++) {
    if (style[i] === '{') depth++;
    else if (style[i] === '}') depth--;
    else if (style[i] === '|' && depth === 0) {
      parts.push(style.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(style.slice(start));
  return parts;
}

function formatNumber(value: number, pattern: string): string {
  const [integer, fraction = ''] = pattern.split('.');
  const min = (fraction.match(/0/g) ?? []).length;
  const max = (fraction.match(/[0#]/g) ?? []).length;
  let text = Math.abs(value).toFixed(max);
  if (max > min) text = text.replace(new RegExp(`0{1,${max - min}}$`), '').replace(/\.$/, '');
  const [whole, decimals] = text.split('.');
  const grouped = integer.includes(',') ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : whole;
  return `${value < 0 && Number(text) !== 0 ? '-' : ''}${grouped}${decimals ? `.${decimals}` : ''}`;
}

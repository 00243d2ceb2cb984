// Golden snapshots as compact JSON: key order is kept (a snapshot of the object would sort the
// keys), NaN, infinities and -0 are spelled out (JSON would write null or 0), and nesting is opened only
// to `depth` levels, so a snapshot has one line per record and a change shows as a line.
const spelled = (_key: string, v: unknown): unknown =>
  typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))
    ? Object.is(v, -0)
      ? '-0'
      : String(v)
    : ArrayBuffer.isView(v) && !(v instanceof DataView)
      ? Array.from(v as unknown as ArrayLike<number>)
      : v;

export function golden(value: unknown, depth = 2, indent = ''): string {
  if (depth <= 0 || value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) {
    return JSON.stringify(value, spelled);
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + golden(v, depth - 1, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries
    .map(([k, v]) => `${inner}${JSON.stringify(k)}: ${golden(v, depth - 1, inner)}`)
    .join(',\n')}\n${indent}}`;
}

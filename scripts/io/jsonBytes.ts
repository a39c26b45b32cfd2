/**
 * JSON of a large object as UTF-8 bytes, built in pieces: the same bytes as
 * `Buffer.from(JSON.stringify(value))`, without the whole text as one
 * string. A JSON string with one character beyond Latin-1 (a Cyrillic name)
 * is held two bytes per character, so site.json at 40x stations (~100 MB)
 * would take ~200 MB as text, and as much again when written out.
 */

/** Elements of an array serialised per piece. */
const PIECE = 1000;

/** `Buffer.from(JSON.stringify(value))` for a plain object, its array properties serialised in pieces. */
export function jsonBytes(value: Record<string, unknown>): Buffer {
  const parts: Buffer[] = [];
  const put = (s: string): void => {
    parts.push(Buffer.from(s, 'utf8'));
  };
  put('{');
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    if (Array.isArray(v) && v.length > PIECE) {
      put(`${first ? '' : ','}${JSON.stringify(key)}:[`);
      for (let i = 0; i < v.length; i += PIECE)
        put((i ? ',' : '') + JSON.stringify(v.slice(i, i + PIECE)).slice(1, -1));
      put(']');
    } else {
      // JSON.stringify leaves out a property whose value has no JSON form (undefined, a function).
      const text = JSON.stringify(v) as string | undefined;
      if (text === undefined) continue;
      put(`${first ? '' : ','}${JSON.stringify(key)}:${text}`);
    }
    first = false;
  }
  put('}');
  return Buffer.concat(parts);
}

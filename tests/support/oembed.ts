/** The oEmbed spec's rules for a response, as a checker the tests share. */

/** What oEmbed 1.0 (section 2.3.4) requires of a response of type "rich". */
export function oembedProblems(o: Record<string, unknown>): string[] {
  const p: string[] = [];
  if (o.version !== '1.0') p.push('version must be "1.0"');
  if (o.type !== 'rich') p.push('type must be "rich"');
  if (typeof o.html !== 'string' || o.html === '') p.push('html is required');
  for (const k of ['width', 'height'])
    if (!Number.isInteger(o[k]) || (o[k] as number) <= 0) p.push(`${k} must be a positive integer`);
  const thumb = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((k) => k in o);
  if (thumb.length !== 0 && thumb.length !== 3) p.push('thumbnail_url, _width and _height go together');
  for (const k of ['title', 'provider_name', 'provider_url'])
    if (k in o && typeof o[k] !== 'string') p.push(`${k} must be text`);
  return p;
}

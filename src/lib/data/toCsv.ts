/** Rows -> RFC 4180 CSV text (LF line ends), optionally with a UTF-8 BOM for Excel. */
export function toCsv(
  header: string[],
  rows: (string | number | boolean | null)[][],
  opts: { bom?: boolean } = {},
): string {
  const cell = (v: string | number | boolean | null): string => {
    const s = v === null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [header, ...rows].map((r) => r.map(cell).join(','));
  return (opts.bom ? '\ufeff' : '') + lines.join('\n') + '\n';
}

/** Plain-text tables for human output: columns padded to their widest cell. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  // A loop, not Math.max(...rows): a spread of 100 000 rows would overflow the stack.
  const widths = header.map((h) => h.length);
  for (const row of rows) header.forEach((_, i) => (widths[i] = Math.max(widths[i]!, (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '─'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * One CSV cell (RFC 4180). A cell starting with = + - @ (or tab/CR) is run as a formula by
 * spreadsheets (CSV injection), so it gets a leading apostrophe, which they show as plain text.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document: a header and rows of cells, CRLF line ends and a final CRLF, as RFC 4180 has it. */
export function csvDocument(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((cells) => `${cells.map(csvCell).join(',')}\r\n`).join('');
}

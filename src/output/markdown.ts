/** Text made inert in a Markdown table cell: no markup, links, HTML or line breaks from the data. */
export function mdCell(value: string): string {
  return value.replace(/\r?\n/g, ' ').replace(/[\\`*_[\]<>|#!~]/g, (ch) => `\\${ch}`);
}

/** One table row of cells that are Markdown already (escaped with mdCell, or built from escaped parts). */
export function mdRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** A table's header row, its cells escaped, and the delimiter row under it. */
export function mdHead(header: readonly string[]): string {
  return `${mdRow(header.map(mdCell))}\n|${header.map(() => ' --- |').join('')}`;
}

/** A GitHub-flavoured Markdown table of plain text; every cell escaped, an empty one kept as a space. */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [mdHead(header), ...rows.map((cells) => mdRow(cells.map((c) => mdCell(c) || ' ')))].join('\n');
}

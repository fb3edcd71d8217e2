import { Chalk, type ChalkInstance } from 'chalk';
import { highlightSegments, matchIndices, type EntityHit, type SearchResults } from '../core/search/index.js';
import type { Incident } from '../model/incident.js';
import { defang, displayWidth, padEnd } from '../text/index.js';
import { entityIncidents, eventFields, mentionCount, timeSpan } from './search-fields.js';

/** Options of the plain-text search output: colour depth (0 = none). */
export interface SearchTextOptions {
  colorLevel?: 0 | 1 | 2 | 3;
}

/**
 * Search results as plain text: each entity (ranked) with its kind and title, then one line per
 * incident it is in (tag, id, roles, mention counts, first and last event); then the events.
 */
export function renderSearchText(results: SearchResults, incidents: readonly Incident[], options: SearchTextOptions = {}): string {
  const c = new Chalk({ level: options.colorLevel ?? 0 });
  const out: string[] = [];
  if (results.entities.length > 0) {
    out.push(c.bold(`Entities (${results.entities.length})`));
    const tables = results.entities.map((hit) =>
      entityIncidents(hit, incidents).map((f) => [f.tag, f.id, f.roles.join(', ') || '-', mentionCount(f), timeSpan(f)]),
    );
    // One set of column widths for every entity, so the incident lines align down the page.
    const widths = [0, 1, 2, 3].map((i) => Math.max(0, ...tables.flat().map((r) => displayWidth(r[i]!))));
    results.entities.forEach((hit, i) => out.push(...entityLines(hit, tables[i]!, widths, c)));
  }
  if (results.events.length > 0) {
    if (out.length > 0) out.push('');
    out.push(c.bold(`Events (${results.events.length})`));
    const fields = results.events.map(eventFields);
    const timeWidth = Math.max(...fields.map((f) => displayWidth(f.time)));
    const tagWidth = Math.max(...fields.map((f) => displayWidth(f.tag)));
    results.events.forEach((hit, i) => {
      const f = fields[i]!;
      out.push(`  ${c.dim(padEnd(f.time, timeWidth))}  ${c.cyan(padEnd(f.tag, tagWidth))}  ${defang(hit.row.event.title)}`);
    });
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}

function entityLines(hit: EntityHit, rows: readonly string[][], widths: readonly number[], c: ChalkInstance): string[] {
  const { entity } = hit;
  // Colour marks the matched letters; without colour the name reads the same.
  const name = highlightSegments(entity.name, matchIndices(hit.matches, 'name'))
    .map((s) => (s.match ? c.underline(s.text) : s.text))
    .join('');
  const title = entity.titles[0] ? ` — ${defang(entity.titles[0])}` : '';
  const aliases = entity.aliases.length > 0 ? c.dim(`  aka ${entity.aliases.join(', ')}`) : '';
  const lines = [`  ${c.bold(name)} ${c.dim(`(${entity.kind})`)}${title}${aliases}`];
  for (const r of rows) {
    const cells = r.map((v, i) => (i < widths.length ? padEnd(v, widths[i]!) : v));
    lines.push(`      ${c.cyan(cells[0]!)}  ${cells.slice(1, 4).join('  ')}  ${c.dim(cells[4]!)}`.trimEnd());
  }
  return lines;
}

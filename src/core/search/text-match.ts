import type { Incident, TimelineEvent } from '../../model/incident.js';
import { foldCase } from '../entities/index.js';
import type { TimelineRow } from '../timeline.js';

/** Each incident's entity names and aliases by id, computed on first use. */
const namesByIncident = new WeakMap<Incident, Map<string, string>>();
/** Each event's folded searchable text, computed on first use: repeated n/N presses cost a substring test per row. */
const haystacks = new WeakMap<TimelineEvent, string>();

function entityNames(incident: Incident): Map<string, string> {
  let names = namesByIncident.get(incident);
  if (!names) {
    names = new Map((incident.entities ?? []).map((e) => [e.id, [e.name, ...(e.aliases ?? [])].join('\n')]));
    namesByIncident.set(incident, names);
  }
  return names;
}

function haystackOf(row: TimelineRow): string {
  let text = haystacks.get(row.event);
  if (text === undefined) {
    const names = entityNames(row.incident);
    const linked = (row.event.entities ?? []).map((link) => names.get(typeof link === 'string' ? link : link.ref) ?? '');
    // Newlines keep a query from matching across two fields.
    text = foldCase([row.event.title, row.event.description ?? '', ...linked].join('\n'));
    haystacks.set(row.event, text);
  }
  return text;
}

/** True when the event's title, description or linked entity names contain the query (case- and accent-insensitive). */
export function matchesQuery(row: TimelineRow, query: string): boolean {
  const needle = foldCase(query.trim());
  return needle !== '' && haystackOf(row).includes(needle);
}

/** Where `n` (direction 1) or `N` (-1) lands: the next matching row after `fromIndex`, wrapping around the ends like less and vim. */
export function nextMatch(
  rows: readonly TimelineRow[],
  fromIndex: number,
  query: string,
  direction: 1 | -1,
): { index: number; wrapped: boolean } | undefined {
  const needle = foldCase(query.trim());
  const n = rows.length;
  if (needle === '' || n === 0) return undefined;
  const start = Math.min(Math.max(fromIndex, -1), n);
  for (let step = 1; step <= n; step++) {
    const raw = start + direction * step;
    const index = ((raw % n) + n) % n;
    if (haystackOf(rows[index]!).includes(needle)) return { index, wrapped: raw < 0 || raw >= n };
  }
  return undefined;
}

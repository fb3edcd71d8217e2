import { compareLayout, incidentsInView } from './compare.js';
import type { SearchOverlay } from './find-types.js';
import { indexesOf } from './indexes.js';
import type { ExplorerState, Overlay, Screen } from './types.js';

/**
 * The open overlay on a new load (`next`, built from `old`): pickers keep their choice (incidents
 * by id), a search runs its query again, an entity card stays while its entity exists.
 */
export function carryOverlay(old: ExplorerState, next: ExplorerState): Overlay | undefined {
  const overlay = old.overlay;
  switch (overlay?.kind) {
    case undefined:
    case 'help':
    case 'tactic-picker':
      return overlay;
    case 'incident-picker': {
      const positions = new Map(next.incidents.map((style, i) => [style.id, i]));
      const chosen = overlay.chosen.flatMap((i) => positions.get(old.incidents[i]?.id ?? '') ?? []);
      return { ...overlay, chosen, cursor: Math.max(0, Math.min(overlay.cursor, next.incidents.length - 1)) };
    }
    case 'search':
      return researched(overlay);
    case 'entity-card': {
      if (!indexesOf(next).entities.get(overlay.entityKey)) return overlay.from && researched(overlay.from);
      return overlay.from ? { ...overlay, from: researched(overlay.from) } : overlay;
    }
  }
}

// The results were found among the old rows: marked stale, the search runs again after the next frame.
function researched(overlay: SearchOverlay): SearchOverlay {
  if (overlay.input.text === '') return overlay;
  return { ...overlay, results: [], cursor: 0, searched: '' };
}

/**
 * The full screen on a new load: a presentation keeps its cards (those still there, by key) and
 * the card shown; the comparison stays while it has an incident to show.
 */
export function carryScreen(old: ExplorerState, next: ExplorerState): Screen {
  const screen = old.screen;
  if (screen.kind === 'timeline') return screen;
  if (screen.kind === 'compare') {
    if (incidentsInView(next).length === 0) return { kind: 'timeline' };
    const actions = compareLayout(next, screen).actions.length;
    return screen.selected !== undefined && screen.selected >= actions ? { ...screen, selected: undefined } : screen;
  }
  const positions = new Map(next.timeline.rows.map((row, i) => [row.key, i]));
  const keyOf = (index: number | undefined) => (index === undefined ? undefined : old.timeline.rows[index]?.key);
  const rows = screen.rows.flatMap((i) => positions.get(keyOf(i)!) ?? []);
  if (rows.length === 0) return { kind: 'timeline' };
  const shown = positions.get(keyOf(screen.rows[screen.at]) ?? '');
  const at = shown === undefined ? Math.min(screen.at, rows.length - 1) : rows.indexOf(shown);
  return { ...screen, rows, at, scroll: shown === undefined ? 0 : screen.scroll };
}

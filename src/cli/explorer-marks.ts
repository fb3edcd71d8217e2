import { formatDiagnostic } from '../output/diagnostics.js';
import { openMarksStore, type MarksStore } from '../tui/marks-store.js';

/**
 * The marks sidecar for an explorer on these paths. A corrupt or unreadable sidecar is reported
 * on stderr (read after the explorer closes) as well as on its first frame; it never stops it.
 */
export function marksForExplorer(paths: readonly string[]): MarksStore {
  const store = openMarksStore(paths);
  for (const d of store.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
  return store;
}

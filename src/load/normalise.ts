import { lookupTactic } from '../model/attack.js';
import type { Incident, MethodologyItem } from '../model/incident.js';
import type { LoadedIncident } from '../model/loaded.js';
import { sanitize, sanitizeDeep } from '../text/index.js';

/**
 * Makes a checked incident safe to show: every string sanitised, tactics as v19 shortnames (a
 * legacy label becomes the tactics it maps to), and the labels the data used kept beside it.
 */
export function normaliseIncident(checked: Incident, original: unknown, file: string): LoadedIncident {
  const tacticLabels: Record<string, string[]> = {};
  const events = checked.events.map((event) => {
    if (!event.tactics) return event;
    const tactics = shortnames(event.tactics);
    const differs = event.tactics.length !== tactics.length || event.tactics.some((label, i) => label !== tactics[i]);
    if (differs) tacticLabels[event.id] = event.tactics;
    return { ...event, tactics };
  });
  const methodology = checked.methodology?.flatMap(splitLegacy);
  const incident = sanitizeDeep({ ...checked, events, ...(methodology && { methodology }) });
  return { incident, original, file: sanitize(file), tacticLabels: sanitizeDeep(tacticLabels) };
}

function shortnames(labels: readonly string[]): string[] {
  const out: string[] = [];
  for (const label of labels) {
    const found = lookupTactic(label);
    const names = found.ok ? found.tactics.map((t) => t.shortname) : [label];
    for (const name of names) if (!out.includes(name)) out.push(name);
  }
  return out;
}

// What a report says of "Defense Evasion" holds for both tactics v19 split it into.
function splitLegacy(item: MethodologyItem): MethodologyItem[] {
  const found = lookupTactic(item.tactic);
  if (!found.ok) return [item];
  return found.tactics.map((t) => ({ ...item, tactic: t.shortname }));
}

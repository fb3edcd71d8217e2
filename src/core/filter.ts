import { lookupTactic } from '../model/attack.js';
import type { Incident } from '../model/incident.js';
import { didYouMean } from './did-you-mean.js';
import { incidentTag } from './incident-tag.js';
import { NO_TACTIC } from './view.js';

/** Tactic labels read for a filter: v19 shortnames (a legacy label gives several), with notes to show. */
export type TacticChoice =
  | { ok: true; tactics: string[]; notes: string[] }
  | { ok: false; label: string; suggestion?: string };

/** Labels that select events without any tactic. */
const NO_TACTIC_LABELS = new Set([NO_TACTIC, 'none', 'no tactic']);

/**
 * Reads tactic labels as a user types them (name, shortname, TA id, any case; pre-v19 "Defense
 * Evasion"; "none" for events without a tactic) into the shortnames a filter matches, as a union.
 */
export function chooseTactics(labels: readonly string[]): TacticChoice {
  const tactics: string[] = [];
  const notes: string[] = [];
  for (const label of labels) {
    if (NO_TACTIC_LABELS.has(label.trim().toLowerCase())) {
      if (!tactics.includes(NO_TACTIC)) tactics.push(NO_TACTIC);
      continue;
    }
    const found = lookupTactic(label);
    if (!found.ok) return found.suggestion ? { ok: false, label, suggestion: found.suggestion } : { ok: false, label };
    if (found.note) notes.push(found.note);
    for (const t of found.tactics) if (!tactics.includes(t.shortname)) tactics.push(t.shortname);
  }
  return { ok: true, tactics, notes };
}

/** Incidents picked by id or tag, as positions in load order. */
export type IncidentChoice = { ok: true; incidents: number[] } | { ok: false; label: string; suggestion?: string };

/** Reads incident labels (id or tag, any case) into load positions, for the incident filter. */
export function chooseIncidents(labels: readonly string[], incidents: readonly Incident[]): IncidentChoice {
  const chosen: number[] = [];
  for (const label of labels) {
    const wanted = label.trim().toLowerCase();
    const index = incidents.findIndex((i) => i.id.toLowerCase() === wanted || incidentTag(i).toLowerCase() === wanted);
    if (index < 0) {
      const suggestion = didYouMean(label, incidents.map((i) => i.id));
      return suggestion ? { ok: false, label, suggestion } : { ok: false, label };
    }
    if (!chosen.includes(index)) chosen.push(index);
  }
  return { ok: true, incidents: chosen };
}

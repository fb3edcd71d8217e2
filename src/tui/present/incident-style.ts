import type { Incident } from '../../model/incident.js';
import { incidentTag } from '../../core/incident-tag.js';
import { oneLine } from './list-columns.js';
import type { BasicColor } from './spans.js';

/** How one incident is labelled in the list: a short unique tag and a colour that stays the same across runs. */
export interface IncidentStyle {
  tag: string;
  color: BasicColor;
  title: string;
  id: string;
}

// Blue and black are left out: they vanish on many dark terminal themes.
const PALETTE: readonly BasicColor[] = [
  'cyan', 'magenta', 'yellow', 'green', 'red', 'cyanBright', 'magentaBright', 'yellowBright', 'greenBright', 'redBright', 'blueBright',
];

/** Tags and colours for the loaded incidents, in load order; tags are made unique by a digit when two collide. */
export function incidentStyles(incidents: readonly Incident[]): IncidentStyle[] {
  const seen = new Map<string, number>();
  return incidents.map((incident) => {
    let tag = oneLine(incidentTag(incident));
    const count = (seen.get(tag) ?? 0) + 1;
    seen.set(tag, count);
    if (count > 1) tag = `${tag.slice(0, 5)}${count}`;
    return { tag, color: colorFor(incident.id), title: oneLine(incident.title), id: incident.id };
  });
}

/** A colour picked by hashing the incident id, so an incident keeps its colour whatever else is loaded. */
function colorFor(id: string): BasicColor {
  let hash = 2166136261;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 16777619);
  return PALETTE[(hash >>> 0) % PALETTE.length]!;
}

import type { Incident } from '../model/incident.js';

/** The incident's short label: its `tag`, else the initials of its id's words ("colonial-pipeline-2021" -> "CP"). */
export function incidentTag(incident: Pick<Incident, 'id' | 'tag'>): string {
  if (incident.tag) return incident.tag;
  const words = incident.id.split(/[-_.:]+/).filter((w) => /^[A-Za-z]/.test(w));
  const initials = words.map((w) => w[0]!.toUpperCase()).join('');
  return (initials.length >= 2 ? initials : incident.id.slice(0, 4).toUpperCase()).slice(0, 6);
}

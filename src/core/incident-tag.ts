import type { Incident } from '../model/incident.js';

/**
 * The incident's short label: its `tag`, else made from its id: the initials of two or three
 * words ("colonial-pipeline-2021" -> "CP"), or the start of the first word when there are more
 * (a long imported title, "okta-support-case-management-system-compromise" -> "OKTA"), or of
 * the only one ("okta-2023" -> "OKTA").
 */
export function incidentTag(incident: Pick<Incident, 'id' | 'tag'>): string {
  if (incident.tag) return incident.tag;
  const words = incident.id.split(/[-_.:]+/).filter((w) => /^[A-Za-z]/.test(w));
  if (words.length === 2 || words.length === 3) return words.map((w) => w[0]!.toUpperCase()).join('');
  return (words[0] ?? incident.id).slice(0, 4).toUpperCase();
}

import { incidentTag } from '../../core/incident-tag.js';
import { formatOffset, formatTime } from '../../core/time-format.js';
import { timeOf, type TimelineRow } from '../../core/timeline.js';
import { tacticByShortname, techniqueById } from '../../model/attack.js';
import type { Incident, TimeSpec } from '../../model/incident.js';
import { defang, defangIndicator, capitalise } from '../../text/index.js';
import { mdCell, mdTable } from '../markdown.js';
import { rowFields } from '../timeline-fields.js';
import { fidelityLabel } from './fidelity.js';
import { mdLink, mdText } from './md-text.js';

/** One incident of the briefing: summary, key facts, its events in view, methodology, impact, indicators, lessons, sources. */
export function incidentSection(incident: Incident, rows: readonly TimelineRow[], number: number): string {
  const parts = [`## ${number}. ${mdCell(incident.title)} (${mdCell(incidentTag(incident))})`];
  if (incident.summary) parts.push(mdText(defang(incident.summary)));
  parts.push('### Key facts', mdTable(['Fact', 'Value'], keyFacts(incident)));
  parts.push('### Timeline', rows.length > 0 ? timelineTable(rows) : '_No events of this incident pass the filters._');
  parts.push(...methodology(incident), ...impact(incident), ...indicators(incident), ...lessons(incident), ...sources(incident));
  return parts.join('\n\n');
}

function keyFacts(incident: Incident): string[][] {
  const entity = (id: string | undefined) => {
    const found = incident.entities?.find((e) => e.id === id);
    return found ? `${found.name}${found.title ? `, ${found.title}` : ''}` : id;
  };
  const facts: [string, string | undefined][] = [
    ['Organisation', entity(incident.organization)],
    ['Owner', entity(incident.owner)],
    ['Sectors', incident.sectors?.join(', ')],
    ['Geography', incident.geography],
    ['Status', incident.status],
    ['Started', timeFact(incident.started)],
    ['Discovered', timeFact(incident.discovered)],
    ['Disclosed', timeFact(incident.disclosed)],
    ['Id', incident.id],
  ];
  return facts.filter((f): f is [string, string] => f[1] !== undefined && f[1] !== '').map(([k, v]) => [k, defang(v)]);
}

// "≤ 2025-05-04 (before day) — Preceding Sunday/Monday": the time, how precisely it is known, and the sources' words.
function timeFact(spec: TimeSpec | undefined): string | undefined {
  if (!spec) return undefined;
  const t = timeOf(spec);
  const shown = t.known ? `${formatTime(t)} (${fidelityLabel(t)})` : 'unknown';
  return spec.text ? `${shown} — ${spec.text}` : shown;
}

function timelineTable(rows: readonly TimelineRow[]): string {
  return mdTable(
    ['Time (UTC)', 'T+', 'Stage', 'Tactics', 'Event'],
    rows.map((row) => {
      const f = rowFields(row);
      return [f.time, formatOffset(row.time, row.origin), f.stage, f.tactics.join(', ') || '—', f.title];
    }),
  );
}

function methodology(incident: Incident): string[] {
  const items = incident.methodology ?? [];
  const described = items.filter((m) => m.status === 'described');
  const notDetailed = items.filter((m) => m.status === 'not-detailed').map((m) => tacticName(m.tactic));
  if (described.length === 0 && notDetailed.length === 0) return [];
  const lines = described.map((m) => {
    const techniques = (m.techniques ?? []).map((id) => `${id} ${techniqueById(id)?.name ?? ''}`.trim());
    const text = m.text ? `: ${mdCell(defang(m.text))}` : '';
    return `- **${mdCell(tacticName(m.tactic))}**${text}${techniques.length > 0 ? ` (${mdCell(techniques.join(', '))})` : ''}`;
  });
  if (notDetailed.length > 0) lines.push(`- Not detailed by the sources: ${mdCell([...new Set(notDetailed)].join(', '))}`);
  return ['### Attack methodology (ATT&CK v19)', lines.join('\n')];
}

function impact(incident: Incident): string[] {
  const items = (incident.impact ?? []).filter((i) => i.status === 'described' && i.text);
  if (items.length === 0) return [];
  return ['### Impact', items.map((i) => `- **${capitalise(i.category)}**: ${mdCell(defang(i.text!))}`).join('\n')];
}

function indicators(incident: Incident): string[] {
  const items = incident.indicators ?? [];
  if (items.length === 0) return [];
  const rows = items.map((i) => [
    i.type,
    i.kind ?? '',
    i.value !== undefined ? defangIndicator(i.value, i.kind) : (i.status?.replace(/-/g, ' ') ?? ''),
    defang(i.description ?? ''),
  ]);
  return ['### Indicators (defanged)', mdTable(['Type', 'Kind', 'Value', 'Note'], rows)];
}

function lessons(incident: Incident): string[] {
  const out: string[] = [];
  const list = incident.lessons ?? [];
  if (list.length > 0) {
    const label = (kind: string) => (kind === 'takeaway' ? 'Takeaway' : 'Could have gone better');
    out.push('### Lessons learned', list.map((l) => `- **${label(l.kind)}**: ${mdCell(defang(l.text))}`).join('\n'));
  }
  const recommendations = incident.recommendations ?? [];
  if (recommendations.length > 0) out.push('### Recommendations', recommendations.map((r) => `- ${mdCell(defang(r))}`).join('\n'));
  return out;
}

function sources(incident: Incident): string[] {
  if (incident.sources.length === 0) return [];
  const lines = incident.sources.map((s) => `- ${mdCell(s.publisher)}: ${mdLink(s.title, s.url)}${s.date ? `, ${mdCell(s.date)}` : ''}`);
  return ['### Sources', lines.join('\n')];
}

function tacticName(shortname: string): string {
  return tacticByShortname(shortname)?.name ?? shortname;
}


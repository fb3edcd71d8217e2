import { didYouMean } from '../core/did-you-mean.js';
import { parseIso, resolveTime } from '../core/time.js';
import { ATTACK_VERSION, lookupTactic, techniqueById } from '../model/attack.js';
import type { Incident, TimeSpec } from '../model/incident.js';
import type { DataPath } from './data-path.js';
import { quote } from './describe-value.js';

/** A problem the schema cannot see: unknown tactics, dangling references, impossible dates. */
export interface Finding {
  path: DataPath;
  severity: 'error' | 'warning';
  message: string;
}

/** Checks one schema-valid incident for what zod cannot: ATT&CK labels, ids, references and dates. */
export function checkIncident(incident: Incident): Finding[] {
  const findings: Finding[] = [];
  const error = (path: DataPath, message: string) => findings.push({ path, severity: 'error', message });
  const warn = (path: DataPath, message: string) => findings.push({ path, severity: 'warning', message });

  const sourceIds = uniqueIds(incident.sources, ['sources'], 'source', error);
  const entityIds = uniqueIds(incident.entities ?? [], ['entities'], 'entity', error);
  const eventIds = uniqueIds(incident.events, ['events'], 'event', error);
  uniqueIds(incident.responses ?? [], ['responses'], 'response', error);

  const refer = (ids: Set<string>, kind: string, path: DataPath, id: string) => {
    if (ids.has(id)) return;
    const suggestion = didYouMean(id, [...ids]);
    const hint = suggestion ? ` (did you mean "${suggestion}"?)` : ids.size ? '' : ` (this incident defines no ${kind}s)`;
    error(path, `unknown ${kind} id ${quote(id)}${hint}`);
  };
  const sourcesOf = (path: DataPath, list: readonly string[] | undefined) =>
    list?.forEach((id, i) => refer(sourceIds, 'source', [...path, 'sources', i], id));

  for (const field of ['organization', 'owner'] as const) {
    const id = incident[field];
    if (id !== undefined) refer(entityIds, 'entity', [field], id);
  }
  for (const field of ['started', 'discovered', 'disclosed'] as const) checkTime(incident[field], [field], error);
  incident.sources.forEach((source, i) => {
    if (source.date === undefined) return;
    const parsed = parseIso(source.date);
    if (!parsed.ok) error(['sources', i, 'date'], parsed.message);
  });
  incident.entities?.forEach((entity, i) => sourcesOf(['entities', i], entity.sources));

  incident.events.forEach((event, i) => {
    const at: DataPath = ['events', i];
    checkTime(event.time, [...at, 'time'], error);
    event.tactics?.forEach((label, j) => checkTactic(label, [...at, 'tactics', j], error, warn));
    event.techniques?.forEach((id, j) => checkTechnique(id, [...at, 'techniques', j], warn));
    event.entities?.forEach((link, j) => {
      const id = typeof link === 'string' ? link : link.ref;
      refer(entityIds, 'entity', typeof link === 'string' ? [...at, 'entities', j] : [...at, 'entities', j, 'ref'], id);
    });
    sourcesOf(at, event.sources);
  });
  incident.methodology?.forEach((item, i) => {
    checkTactic(item.tactic, ['methodology', i, 'tactic'], error, warn);
    item.techniques?.forEach((id, j) => checkTechnique(id, ['methodology', i, 'techniques', j], warn));
    sourcesOf(['methodology', i], item.sources);
  });
  incident.impact?.forEach((item, i) => sourcesOf(['impact', i], item.sources));
  incident.indicators?.forEach((item, i) => sourcesOf(['indicators', i], item.sources));
  incident.responses?.forEach((action, i) => {
    checkTime(action.time, ['responses', i, 'time'], error);
    if (action.event !== undefined) refer(eventIds, 'event', ['responses', i, 'event'], action.event);
    sourcesOf(['responses', i], action.sources);
  });
  incident.lessons?.forEach((lesson, i) => sourcesOf(['lessons', i], lesson.sources));
  return findings;
}

function uniqueIds(items: readonly { id?: string | undefined }[], path: DataPath, kind: string, error: (p: DataPath, m: string) => void): Set<string> {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    if (item.id === undefined) return;
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else error([...path, i, 'id'], `duplicate ${kind} id ${quote(item.id)} (already used by ${path.join('.')}[${earlier}])`);
  });
  return new Set(first.keys());
}

function checkTime(spec: TimeSpec | undefined, path: DataPath, error: (p: DataPath, m: string) => void): void {
  if (spec === undefined) return;
  const resolved = resolveTime(spec);
  if (!resolved.ok) error([...path, resolved.field], resolved.message);
}

function checkTactic(label: string, path: DataPath, error: (p: DataPath, m: string) => void, warn: (p: DataPath, m: string) => void): void {
  const found = lookupTactic(label);
  if (!found.ok) {
    const hint = found.suggestion ? ` (did you mean "${found.suggestion}"?)` : ' (`itx tactics` lists them)';
    error(path, `unknown tactic ${quote(label)}${hint}`);
  } else if (found.note) {
    warn(path, found.note);
  }
}

function checkTechnique(id: string, path: DataPath, warn: (p: DataPath, m: string) => void): void {
  if (!techniqueById(id)) warn(path, `unknown technique ${quote(id)} (not in ATT&CK Enterprise v${ATTACK_VERSION}); it is kept as written`);
}

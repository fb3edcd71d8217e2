import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Incident, type Incident as IncidentType } from '../../src/model/incident.js';
import type { LoadedIncident } from '../../src/model/loaded.js';
import { buildTimeline } from '../../src/core/timeline.js';
import { buildEntityIndex } from '../../src/core/entities/index.js';

/** Absolute path of a search fixture file. */
export const fixturePath = (name: string): string =>
  fileURLToPath(new URL(`../fixtures/search/${name}`, import.meta.url));

/** Wraps validated incidents as the loader would hand them over. */
export function loadedOf(incidents: unknown[]): LoadedIncident[] {
  return incidents.map((value, i) => ({
    incident: Incident.parse(value),
    original: value,
    file: `incident-${i}.json`,
    tacticLabels: {},
  }));
}

/** Reads fixture incidents (one per file) from test/fixtures/search. */
export function loadFixtures(...names: string[]): LoadedIncident[] {
  return loadedOf(names.map((name) => JSON.parse(readFileSync(fixturePath(name), 'utf8')) as unknown));
}

/** The timeline and entity index of some incidents. */
export function indexOf(loaded: LoadedIncident[]) {
  const { rows } = buildTimeline(loaded);
  return { rows, entities: buildEntityIndex(loaded, rows) };
}

/** A minimal valid incident, overridable field by field. */
export function incident(id: string, fields: Partial<IncidentType>): IncidentType {
  return { schemaVersion: 1, id, title: id, sources: [], events: [], ...fields };
}

import { beforeAll, describe, expect, it } from 'vitest';
import { classifyAction } from '../../src/core/compare/classify.js';
import { compareIncidents } from '../../src/core/compare/compare.js';
import { loadPaths } from '../../src/load/index.js';
import type { LoadedIncident } from '../../src/model/loaded.js';

let bundled: LoadedIncident[];

beforeAll(async () => {
  bundled = (await loadPaths([])).incidents;
});

describe('kinds of the bundled response actions', () => {
  it('has bundled incidents with response actions to check', () => {
    expect(bundled.length).toBeGreaterThanOrEqual(5);
    expect(bundled.flatMap((l) => l.incident.responses ?? []).length).toBeGreaterThanOrEqual(20);
  });

  it('gives every bundled action a kind other than "other", unless the data itself says "other"', () => {
    const unexplained = bundled.flatMap(({ incident }) =>
      (incident.responses ?? [])
        .filter((action) => action.kind !== 'other' && classifyAction(action).kind === 'other')
        .map((action) => `${incident.id}: ${action.action}`),
    );
    expect(unexplained).toEqual([]);
  });

  it('uses only documented kinds in the bundled data', () => {
    expect(compareIncidents(bundled).warnings).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { buildTimeline, incidentOrigin } from '../../src/core/timeline.js';
import type { Incident, TimelineEvent } from '../../src/model/incident.js';
import type { LoadedIncident } from '../../src/model/loaded.js';

function event(id: string, time: TimelineEvent['time']): TimelineEvent {
  return { id, time, title: `Event ${id}`, stage: 'attack' };
}

function loaded(id: string, events: TimelineEvent[], extra: Partial<Incident> = {}): LoadedIncident {
  const incident: Incident = { schemaVersion: 1, id, title: id, sources: [], events, ...extra };
  return { incident, original: incident, file: `${id}.json`, tacticLabels: {} };
}

describe('buildTimeline', () => {
  it('merges incidents by best-estimate time and puts unknown times last', () => {
    const a = loaded('a', [event('1', { at: '2025-05-05' }), event('2', { text: 'Sunday' }), event('3', { at: '2025-05-01' })]);
    const b = loaded('b', [event('1', { at: '2025-05-03T10:00Z' }), event('2', { at: '2025-05-04', bound: 'before' })]);
    const timeline = buildTimeline([a, b]);
    expect(timeline.rows.map((r) => r.key)).toEqual(['a/3', 'b/1', 'b/2', 'a/1', 'a/2']);
    expect(timeline.firstUnknown).toBe(4);
  });

  it('keeps load order for equal times, so the order is stable', () => {
    const a = loaded('a', [event('x', { at: '2025-05-04' }), event('y', { at: '2025-05-04' })]);
    const b = loaded('b', [event('z', { at: '2025-05-04' })]);
    expect(buildTimeline([a, b]).rows.map((r) => r.key)).toEqual(['a/x', 'a/y', 'b/z']);
    expect(buildTimeline([b, a]).rows.map((r) => r.key)).toEqual(['b/z', 'a/x', 'a/y']);
  });

  it('treats an invalid date as unknown rather than failing', () => {
    const timeline = buildTimeline([loaded('a', [event('bad', { at: '2024-02-30' })])]);
    expect(timeline.firstUnknown).toBe(0);
    expect(timeline.rows[0]!.time.known).toBe(false);
  });
});

describe('incidentOrigin', () => {
  it('counts from the start, else the discovery, else the first known event', () => {
    const events = [event('1', { at: '2025-05-06' }), event('2', { at: '2025-05-02' })];
    expect(incidentOrigin(loaded('a', events, { started: { at: '2025-04-01' } }).incident).at).toBe('2025-04-01');
    expect(incidentOrigin(loaded('a', events, { discovered: { at: '2025-05-04' } }).incident).at).toBe('2025-05-04');
    expect(incidentOrigin(loaded('a', events).incident).at).toBe('2025-05-02');
    expect(incidentOrigin(loaded('a', [event('1', { text: '?' })]).incident).known).toBe(false);
  });
});

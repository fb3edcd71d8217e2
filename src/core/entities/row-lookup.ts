import type { LoadedIncident } from '../../model/loaded.js';

/**
 * Finds a timeline row's position from its key ("incidentId/eventId"; ids hold no "/") without a
 * map of every key: at 100k events, hashing each key once cost a tenth of the entity index. The
 * incident is found in a map of incident ids, the event in a map of its incident's event ids,
 * each made on first need.
 */
export class RowLookup {
  private readonly rowOfEvent: Int32Array[];
  private incidents: Map<string, number> | undefined;
  private readonly events = new Map<number, Map<string, number>>();

  constructor(private readonly loaded: readonly Pick<LoadedIncident, 'incident'>[]) {
    this.rowOfEvent = loaded.map(({ incident }) => new Int32Array(incident.events.length).fill(-1));
  }

  /** Records that the event at `eventIndex` of incident `incidentIndex` is row `row`. */
  set(incidentIndex: number, eventIndex: number, row: number): void {
    this.rowOfEvent[incidentIndex]![eventIndex] = row;
  }

  /** The row of a key, or -1. */
  rowOf(rowKey: string): number {
    const slash = rowKey.indexOf('/');
    if (slash < 0) return -1;
    this.incidents ??= new Map(this.loaded.map(({ incident }, i) => [incident.id, i]));
    const incidentIndex = this.incidents.get(rowKey.slice(0, slash));
    if (incidentIndex === undefined) return -1;
    let events = this.events.get(incidentIndex);
    if (!events) this.events.set(incidentIndex, (events = new Map(this.loaded[incidentIndex]!.incident.events.map((e, i) => [e.id, i]))));
    const eventIndex = events.get(rowKey.slice(slash + 1));
    return eventIndex === undefined ? -1 : this.rowOfEvent[incidentIndex]![eventIndex]!;
  }
}

// Marked events, and the sidecar format they are kept in:
//   { "version": 1, "marks": { "<incidentId>": ["<eventId>", ...] } }
// Keyed by ids, not positions, so marks survive a reload of changed files. Marks whose incident
// or event is gone are kept: the file may only be broken for a moment.

/** Version of the marks sidecar format this build reads and writes. */
const MARKS_VERSION = 1;

/** Marked event ids per incident id. Never mutated: every change returns a new value. */
export type Marks = ReadonlyMap<string, ReadonlySet<string>>;

/** No marks. */
export const NO_MARKS: Marks = new Map();

/** A parsed sidecar, or why it cannot be read (with the JSON path of the bad value). */
export type MarksParse = { ok: true; marks: Marks } | { ok: false; message: string };

// Incident and event ids as the incident format allows them (src/model/incident.ts).
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** Reads the sidecar's parsed JSON value; anything but the documented shape is an error naming the bad value. */
export function parseMarks(value: unknown): MarksParse {
  if (!isObject(value)) return fail('the file must hold a JSON object like {"version": 1, "marks": {}}');
  if (value.version !== MARKS_VERSION) {
    return fail(`"version" must be ${MARKS_VERSION}, not ${JSON.stringify(value.version) ?? 'missing'}`);
  }
  if (!isObject(value.marks)) return fail('"marks" must be an object of incident id -> list of event ids');
  const marks = new Map<string, Set<string>>();
  // Object.entries reads own keys only, so a "__proto__" key is just a (bad) id here.
  for (const [incidentId, eventIds] of Object.entries(value.marks)) {
    if (!ID.test(incidentId)) return fail(`marks: ${JSON.stringify(incidentId)} is not an incident id`);
    if (!Array.isArray(eventIds)) return fail(`marks[${JSON.stringify(incidentId)}] must be a list of event ids`);
    const set = new Set<string>();
    for (const [i, eventId] of eventIds.entries()) {
      if (typeof eventId !== 'string' || !ID.test(eventId)) {
        return fail(`marks[${JSON.stringify(incidentId)}][${i}] is not an event id: ${JSON.stringify(eventId)}`);
      }
      set.add(eventId);
    }
    if (set.size > 0) marks.set(incidentId, set);
  }
  return { ok: true, marks };
}

/** The sidecar text for these marks: ids sorted, so the file diffs cleanly and is the same for the same marks. */
export function serializeMarks(marks: Marks): string {
  const out: Record<string, string[]> = {};
  for (const incidentId of [...marks.keys()].sort()) {
    const eventIds = [...(marks.get(incidentId) ?? [])].sort();
    if (eventIds.length > 0) Object.defineProperty(out, incidentId, { value: eventIds, enumerable: true });
  }
  return `${JSON.stringify({ version: MARKS_VERSION, marks: out }, null, 2)}\n`;
}

/** True when the event is marked. */
export function isMarked(marks: Marks, incidentId: string, eventId: string): boolean {
  return marks.get(incidentId)?.has(eventId) ?? false;
}

/** The marks with this event marked if it was not, unmarked if it was. */
export function toggleMark(marks: Marks, incidentId: string, eventId: string): Marks {
  const next = new Map(marks);
  const events = new Set(marks.get(incidentId));
  if (events.has(eventId)) events.delete(eventId);
  else events.add(eventId);
  if (events.size > 0) next.set(incidentId, events);
  else next.delete(incidentId);
  return next;
}

/** Number of marked events. */
export function markCount(marks: Marks): number {
  let n = 0;
  for (const events of marks.values()) n += events.size;
  return n;
}

/** The marked events as timeline row keys ("incidentId/eventId"), for filtering rows. */
export function markedRowKeys(marks: Marks): Set<string> {
  const keys = new Set<string>();
  for (const [incidentId, events] of marks) for (const eventId of events) keys.add(`${incidentId}/${eventId}`);
  return keys;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(message: string): MarksParse {
  return { ok: false, message };
}

/** A path into parsed JSON: object keys and array indexes, as zod reports them. */
export type DataPath = readonly PropertyKey[];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Writes a data path the way a user reads it: `events[3].tactics[0]`, `[1].title`, `notes["odd key"]`. */
export function formatDataPath(path: DataPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && IDENTIFIER.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

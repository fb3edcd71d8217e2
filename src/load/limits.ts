/** Caps that keep a hostile or broken file from exhausting memory, stack or time. */
export interface Limits {
  /** Largest file read, in bytes; checked with stat before reading. */
  maxFileBytes: number;
  /** Deepest nesting of objects and arrays; checked iteratively before anything recursive runs. */
  maxDepth: number;
  /** Most incidents in one file. */
  maxIncidentsPerFile: number;
  /** Most items in any one list of an incident (events, entities, responses, ...). */
  maxItemsPerList: number;
}

/** The caps used unless the caller sets others. */
export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxFileBytes: 32 * 1024 * 1024,
  maxDepth: 64,
  maxIncidentsPerFile: 10_000,
  maxItemsPerList: 100_000,
};

/** Human-readable byte size: "32 MiB", "1.5 KiB", "12 bytes". */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const shown = unit === 0 || Number.isInteger(value) ? String(value) : value.toFixed(1);
  return `${shown} ${units[unit]}`;
}

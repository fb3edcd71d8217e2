// Public surface of the terminal-safe text module.
export { sanitize, sanitizeDeep, DEFAULT_MAX_LENGTH } from './sanitize.js';
export type { SanitizeOptions } from './sanitize.js';
export { defang, refang, defangIndicator } from './defang.js';
export { displayWidth, truncate, padEnd, wrap } from './width.js';
export { INVISIBLE_CLASS } from './chars.js';
export { capitalise, plural } from './words.js';
export { splitsPair } from './code-points.js';

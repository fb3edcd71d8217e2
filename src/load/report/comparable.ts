// Terminal escape sequences (CSI "ESC [ ... m", OSC "ESC ] ... BEL", two-character "ESC x") and
// other control and format characters. Removed only to compare headings and keys, never for display:
// the loader's sanitiser makes the stored text safe to show.
const ESCAPES = /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]|[\p{Cc}\p{Cf}]/gu;

/** Text with escape sequences and invisible characters removed, for matching headings and keys. */
export function comparable(text: string): string {
  return text.replace(ESCAPES, '');
}

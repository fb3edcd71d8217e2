// Output side of the sanitiser: appends pieces, caps combining-mark runs, tracks the
// emoji context a ZWJ needs, and enforces the length cap. Kept apart from the VT state
// machine so each stays small.

/** Combining marks kept per run; more than this is a "Zalgo" rendering bomb. */
export const MAX_MARKS = 8;

function suffixFor(dropped: number): string {
  return `… (${dropped} more character${dropped === 1 ? '' : 's'})`;
}

function countCodePoints(s: string, from: number): number {
  let n = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Collects sanitised output for one field: mark-run cap, emoji context and length cap. */
export class Emitter {
  private out = '';
  // Where the output would have to be cut so that the cut text plus the suffix still
  // fits in `max`. Recorded lazily: we only know a cut is needed once output passes `max`.
  private cutOut = -1;
  private cutIn = -1;
  private readonly budget: number;
  private readonly shortSuffix: boolean;
  private marks = 0;
  private hidden = 0;
  private hiddenFrom = 0;
  /** The output ends in an emoji (plus modifiers/marks), so a following ZWJ may join. */
  emojiLeft = false;
  /** Output has passed the cap; the caller stops scanning. */
  full = false;

  constructor(
    private readonly input: string,
    private readonly max: number,
  ) {
    // Reserve room for the longest suffix this input could need, so the capped result
    // never exceeds `max` and sanitising it again changes nothing (idempotence).
    const longest = suffixFor(input.length).length;
    this.shortSuffix = longest >= max;
    this.budget = this.shortSuffix ? Math.max(0, max - 1) : max - longest;
  }

  /** Appends a non-mark piece taken from input index `from`. */
  text(piece: string, from: number, emoji = false, splittable = false): void {
    this.flushMarks();
    this.push(piece, from, splittable);
    this.marks = 0;
    this.emojiLeft = emoji;
  }

  /** Appends one combining mark, or counts it if the run is already at MAX_MARKS. */
  mark(piece: string, from: number): void {
    if (this.marks >= MAX_MARKS) {
      if (this.hidden++ === 0) this.hiddenFrom = from;
      return;
    }
    this.marks++;
    this.push(piece, from, false);
  }

  /** Emits the `<+N marks>` badge for a suppressed run; must precede any non-mark output. */
  flushMarks(): void {
    if (this.hidden === 0) return;
    const n = this.hidden;
    this.hidden = 0;
    this.push(`<+${n} marks>`, this.hiddenFrom, false);
    this.marks = 0;
    this.emojiLeft = false;
  }

  /** The final string: the whole output, or the cut output plus a visible suffix. */
  finish(): string {
    if (!this.full) this.flushMarks();
    if (!this.full) return this.out;
    const dropped = countCodePoints(this.input, this.cutIn);
    const suffix = this.shortSuffix ? (this.max >= 1 ? '…' : '') : suffixFor(dropped);
    return this.out.slice(0, this.cutOut) + suffix;
  }

  private push(piece: string, from: number, splittable: boolean): void {
    if (this.cutIn < 0 && this.out.length + piece.length > this.budget) {
      // Printable ASCII runs map 1:1 to input, so they can be cut mid-run; every other
      // piece (badge, surrogate pair, ZWJ+emoji) is atomic so a cut never splits it.
      const keep = splittable ? Math.max(0, this.budget - this.out.length) : 0;
      this.cutIn = from + keep;
      this.cutOut = this.out.length + keep;
    }
    this.out += piece;
    if (this.out.length > this.max) this.full = true;
  }
}

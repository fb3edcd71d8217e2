import type { LoadedIncident } from '../../model/loaded.js';
import type { SplitPlace, WordSplit } from '../../model/word-split.js';
import { Vocabulary } from './vocabulary.js';

export type { SplitPlace, WordSplit } from '../../model/word-split.js';

/**
 * The index in `split.eventBounds` (halved) of the incident's first event, when the split holds
 * this incident as loaded (same file stamp, same number of events); else -1.
 */
function firstEventIn(split: WordSplit, place: SplitPlace, events: number): number {
  const { fileIncidents, fileStamps, incidentEvents } = split;
  if (place.file + 1 >= fileIncidents.length) return -1;
  if (fileStamps[place.file * 2] !== place.size || fileStamps[place.file * 2 + 1] !== place.modified) return -1;
  const incident = fileIncidents[place.file]! + place.position;
  if (incident >= fileIncidents[place.file + 1]!) return -1;
  const first = incidentEvents[incident]!;
  return incidentEvents[incident + 1]! - first === events ? first : -1;
}

/**
 * The split's word ids of each loaded incident's events, for those a split holds as loaded; the
 * vocabulary to number other texts' words in, so that all ids agree.
 */
export class SplitTexts {
  /** The split's vocabulary (or a new one when there is no split), to which other texts' words are added. */
  readonly vocabulary: Vocabulary;
  private readonly split: WordSplit | undefined;
  // Per loaded incident: its first event in the split, or -1 when its words must be split here.
  private readonly firstEvents: Int32Array;

  constructor(loaded: readonly Pick<LoadedIncident, 'incident' | 'words'>[]) {
    const place = loaded.find((l) => l.words !== undefined)?.words;
    this.split = place?.split();
    this.vocabulary = this.split ? Vocabulary.of(this.split.words) : new Vocabulary();
    this.firstEvents = new Int32Array(loaded.length).fill(-1);
    if (!this.split) return;
    loaded.forEach(({ incident, words }, i) => {
      if (words && words.split === place!.split) this.firstEvents[i] = firstEventIn(this.split!, words, incident.events.length);
    });
  }

  /** The split taken, if there is one. */
  get wordSplit(): WordSplit | undefined {
    return this.split;
  }

  /** The split's number of an incident's event (its title's ids start at `eventBounds[2n]`), or -1 when the split does not hold it. */
  eventOf(incidentIndex: number, eventIndex: number): number {
    const first = this.firstEvents[incidentIndex]!;
    return first < 0 ? -1 : first + eventIndex;
  }
}

/**
 * The words of a load's event texts, split into ids ahead of time (off the main thread): JSON
 * files in the order given, their incidents in file order, their events in order. Only integers
 * and the vocabulary, so it travels between threads without copying the texts.
 */
export interface WordSplit {
  /** The vocabulary: word ids index into it. */
  words: string[];
  /** Every title's and description's word ids, one text after another. */
  ids: Int32Array;
  /** Per event: where its title's ids start, then its description's; one more entry ends the last. */
  eventBounds: Int32Array;
  /** Per incident: its first event; one more entry ends the last. */
  incidentEvents: Int32Array;
  /** Per file: its first incident; one more entry ends the last. */
  fileIncidents: Int32Array;
  /** Per file: its size and modification time when split (both -1 when it could not be read). */
  fileStamps: Float64Array;
}

/** Where one loaded incident's event texts are in a split, and the file as the loader read it. */
export interface SplitPlace {
  /** The split, once it is done; undefined when it failed or took too long. */
  split: () => WordSplit | undefined;
  /** The file's index among the split's files. */
  file: number;
  /** The incident's position in its file (0 for a file holding one incident). */
  position: number;
  /** The file's size and modification time when the loader read it. */
  size: number;
  modified: number;
}

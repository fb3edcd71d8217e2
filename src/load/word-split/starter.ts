import type { LoadedIncident } from '../../model/loaded.js';
import type { SplitPlace } from '../../model/word-split.js';
import type { DataPath } from '../data-path.js';
import type { Input } from '../find-inputs.js';
import type { Limits } from '../limits.js';
import type { ReadResult } from '../read-input.js';
import { WordSplitJob } from './index.js';

/**
 * Decides, as a load reads its files, whether to split their words on a worker: once the JSON
 * read so far reaches `fromBytes` (undefined: never). The worker then takes every JSON file of the load, so the
 * incidents read before it started are placed in its split too.
 */
export class SplitStarter {
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<Input, number>();
  private readonly noted: { loaded: LoadedIncident; place: Omit<SplitPlace, 'split'> }[] = [];
  private bytes = 0;
  private job: WordSplitJob | undefined;

  constructor(
    inputs: readonly Input[],
    private readonly limits: Limits,
    private readonly fromBytes: number | undefined,
  ) {
    for (const input of inputs) {
      if (input.kind === 'file' && input.format === 'json') {
        this.fileIndex.set(input, this.files.length);
        this.files.push(input.path);
      }
    }
  }

  /** Counts what one input's read brought in, and starts the worker once the load is large enough. */
  read(read: ReadResult): void {
    if (this.fromBytes === undefined || this.job || !read.ok) return;
    this.bytes += read.bytes.length;
    if (this.bytes >= this.fromBytes) this.job = WordSplitJob.start(this.files, this.limits.maxFileBytes);
  }

  /** Remembers where a loaded incident of a JSON file sits in it. */
  note(loaded: LoadedIncident, input: Input, at: DataPath, read: ReadResult): void {
    const file = this.fileIndex.get(input);
    if (this.fromBytes === undefined || file === undefined || !read.ok || read.modified === undefined) return;
    const position = typeof at[0] === 'number' ? at[0] : 0;
    this.noted.push({ loaded, place: { file, position, size: read.bytes.length, modified: read.modified } });
  }

  /** Gives every noted incident its place in the split, when a worker was started. */
  place(): void {
    const job = this.job;
    if (!job) return;
    const split = () => job.take();
    for (const { loaded, place } of this.noted) {
      Object.defineProperty(loaded, 'words', { value: { split, ...place }, enumerable: false });
    }
  }
}

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { MessagePort, Worker } from 'node:worker_threads';
import type { WordSplit } from '../../model/word-split.js';
import { packageRoot } from '../package-root.js';
import type { WordSplitTask } from './worker.js';

/** Loads smaller than this split their words on the main thread when indexed: a thread costs more than it saves. */
export const SPLIT_FROM_BYTES = 4 * 1024 * 1024;

// How long the index waits for a split still running before doing the work itself.
const WAIT_MS = 20_000;

// Node's worker_threads is required on the first large load, not at start-up (about 2 ms).
let threads: typeof import('node:worker_threads') | undefined;
const workerThreads = () => (threads ??= createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads'));

/**
 * Splits the event texts of a load's JSON files into word ids on a worker thread, while the main
 * thread validates them; the entity and search indexes take the result when they are built.
 */
export class WordSplitJob {
  private taken = false;

  private constructor(
    private readonly worker: Worker,
    private readonly port: MessagePort,
    private readonly done: Int32Array,
  ) {}

  /** Starts a split of `files`, or returns undefined when the bundled worker is not there (running from source). */
  static start(files: readonly string[], maxFileBytes: number): WordSplitJob | undefined {
    const script = path.join(packageRoot(), 'dist', 'word-split-worker.js');
    if (!existsSync(script)) return undefined;
    const { MessageChannel, Worker } = workerThreads();
    const { port1, port2 } = new MessageChannel();
    const done = new Int32Array(new SharedArrayBuffer(4));
    const task: WordSplitTask = { files: [...files], maxFileBytes, port: port2, done };
    const worker = new Worker(script, { workerData: task, transferList: [port2] });
    // The split never keeps itx running, and a failure only means the index splits words itself.
    worker.unref();
    worker.on('error', () => undefined);
    return new WordSplitJob(worker, port1, done);
  }

  /**
   * The split, waiting for the worker if it is still running; undefined if it failed or was
   * taken before. It is handed over once, so its tens of megabytes live only as long as the
   * index being built from it needs them.
   */
  take(): WordSplit | undefined {
    if (this.taken) return undefined;
    this.taken = true;
    Atomics.wait(this.done, 0, 0, WAIT_MS);
    const received = workerThreads().receiveMessageOnPort(this.port)?.message as { ok: true; split: WordSplit } | { ok: false } | undefined;
    this.port.close();
    void this.worker.terminate();
    return received?.ok ? received.split : undefined;
  }
}

// Types of generate.mjs, for the tests that build corpora with it.

/** A synthetic incident as written to a corpus file (the incident file format). */
export interface SyntheticIncident {
  id: string;
  title: string;
  events: { id: string; title: string; description: string; tactics: string[]; [key: string]: unknown }[];
  entities: { id: string; name: string; kind: string; roles: string[] }[];
  [key: string]: unknown;
}

/** Small deterministic PRNG (mulberry32), so every run measures the same corpus. */
export function rng(seed: number): () => number;

/** One synthetic incident with `events` events, 20 entities, indicators and response actions. */
export function makeIncident(n: number, events: number, r: () => number): SyntheticIncident;

/** Writes `incidents` files of `perIncident` events each into `dir`; returns the total bytes written. */
export function writeCorpus(dir: string, incidents: number, perIncident: number, seed?: number): number;

// Writes a synthetic incident corpus for the benchmark: deterministic, schema-valid, realistic lengths.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TACTICS = [
  'reconnaissance', 'resource-development', 'initial-access', 'execution', 'persistence',
  'privilege-escalation', 'stealth', 'defense-impairment', 'credential-access', 'discovery',
  'lateral-movement', 'collection', 'command-and-control', 'exfiltration', 'impact',
];
const TECHNIQUES = ['T1078', 'T1190', 'T1566.001', 'T1486', 'T1041', 'T1059.001', 'T1021.001', 'T1003.001', 'T1071.001', 'T1105'];
const PHASES = ['containment', 'eradication', 'recovery', 'investigation', 'notification'];
const KINDS = ['suspend-service', 'isolate-systems', 'disable-accounts', 'revoke-credentials', 'engage-external-responders', 'notify-customers', 'patch-vulnerability', 'restore-from-backup'];
const WORDS = ('attacker operator server archive gateway credential session token portal vendor customer '
  + 'payload beacon backup domain controller mailbox tenant laptop firmware pipeline network segment '
  + 'analyst journalist regulator outlet ransom extortion upload download cluster database report').split(' ');
const FIRST = 'Alice Bruno Chen Dana Emeka Farah Goran Hana Ivan Jonas Keiko Lena Marco Nadia Omar Priya Quinn Rosa Sami Tomas'.split(' ');
const LAST = 'Adler Brennan Costa Duarte Eriksen Fischer Garcia Horvat Ibarra Jensen Kowalski Larsen Moreau Novak Okafor Petrov'.split(' ');
const ORG = 'Systems Networks Health Logistics Energy Media Bank Telecom Labs Security'.split(' ');

/** Small deterministic PRNG (mulberry32), so every run measures the same corpus. */
export function rng(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(r, words) {
  const out = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]);
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** One synthetic incident with `events` events, 20 entities, indicators and response actions. */
export function makeIncident(n, events, r) {
  const id = `synthetic-${String(n).padStart(5, '0')}`;
  const start = Date.UTC(2019, 0, 1) + Math.floor(r() * 6 * 365) * 86_400_000;
  const entities = [];
  for (let e = 0; e < 20; e++) {
    const person = e % 2 === 0;
    const name = person
      ? `${FIRST[(n + e) % FIRST.length]} ${LAST[(n * 7 + e) % LAST.length]} ${n}-${e}`
      : `${LAST[(n + e * 3) % LAST.length]} ${ORG[(n + e) % ORG.length]} ${n}-${e}`;
    entities.push({ id: `n${e}`, name, kind: person ? 'person' : 'organization', roles: [person ? 'official' : 'vendor'] });
  }
  const evs = [];
  for (let e = 0; e < events; e++) {
    const at = start + e * 3_600_000 * (1 + Math.floor(r() * 12));
    const exact = r() < 0.5;
    evs.push({
      id: `e${e}`,
      time: exact ? { at: new Date(at).toISOString().slice(0, 16) + 'Z' } : { at: isoDay(at), approximate: r() < 0.2 },
      title: sentence(r, 6 + Math.floor(r() * 6)),
      description: `${entities[e % 20].name} ${sentence(r, 30 + Math.floor(r() * 30))}`,
      stage: e < events * 0.6 ? 'attack' : e < events * 0.7 ? 'detection' : 'response',
      tactics: [TACTICS[Math.floor(r() * TACTICS.length)]],
      techniques: [TECHNIQUES[Math.floor(r() * TECHNIQUES.length)]],
      entities: [{ ref: `n${e % 20}`, role: 'involved' }],
      sources: ['s1'],
    });
  }
  return {
    schemaVersion: 1,
    id,
    title: `Synthetic incident ${n}: ${sentence(r, 5)}`,
    summary: sentence(r, 60),
    organization: 'n1',
    started: { at: isoDay(start) },
    discovered: { at: isoDay(start + 5 * 86_400_000) },
    sources: [{ id: 's1', publisher: 'Synthetic corpus', title: `Generated incident ${n}`, date: isoDay(start) }],
    entities,
    events: evs,
    indicators: [
      { type: 'network', kind: 'ipv4', value: `198.51.100.${n % 250}` },
      { type: 'network', kind: 'domain', value: `c2-${n}.example.net` },
      { type: 'file', kind: 'sha256', value: 'a'.repeat(63) + (n % 10) },
    ],
    responses: PHASES.map((phase, p) => ({
      phase,
      kind: KINDS[(n + p) % KINDS.length],
      action: sentence(r, 12),
      time: { at: isoDay(start + (6 + p) * 86_400_000) },
    })),
  };
}

/** Writes `incidents` files of `perIncident` events each into `dir`; returns the total bytes written. */
export function writeCorpus(dir, incidents, perIncident, seed = 42) {
  mkdirSync(dir, { recursive: true });
  const r = rng(seed);
  let bytes = 0;
  for (let n = 0; n < incidents; n++) {
    const text = JSON.stringify(makeIncident(n, perIncident, r), null, 1);
    writeFileSync(join(dir, `incident-${String(n).padStart(5, '0')}.json`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'bench-corpus', incidents = '10', per = '100'] = process.argv.slice(2);
  const bytes = writeCorpus(dir, Number(incidents), Number(per));
  console.log(`${dir}: ${incidents} incidents x ${per} events, ${(bytes / 1e6).toFixed(1)} MB`);
}

import { lookupTactic, tacticByShortname } from '../../model/attack.js';
import type { Stage } from '../../model/incident.js';
import { comparable } from './comparable.js';

/** What a heading or key says about ATT&CK tactics and incident stages. */
export interface TacticReading {
  /** Tactics found, each as the label to store (v19 shortname, or the legacy label as written). */
  tactics: string[];
  /** Stages named outright ("Detection & Response"); empty when the heading names tactics only. */
  stages: Exclude<Stage, 'attack'>[];
  /** Parts that look like misspelt tactics, with the tactic they were read as. */
  typos: { label: string; suggestion: string }[];
  /** Parts that are neither tactics nor stages ("Ransomware Deployment"). */
  other: string[];
  /** Legacy labels ("Defense Evasion") with what ATT&CK v19 made of them. */
  legacy: { label: string; note: string }[];
}

const STAGE_WORDS: Record<string, Exclude<Stage, 'attack'>> = {
  detection: 'detection',
  identification: 'detection',
  alerting: 'detection',
  response: 'response',
  containment: 'response',
  eradication: 'response',
  recovery: 'response',
  remediation: 'response',
  notification: 'response',
  disclosure: 'response',
  investigation: 'response',
};

// Words reports put around tactic names ("Data Exfiltration", "Initial Compromise").
const SYNONYMS: Record<string, string> = {
  'data exfiltration': 'exfiltration',
  exfil: 'exfiltration',
  'data theft': 'exfiltration',
  'data collection': 'collection',
  'initial compromise': 'initial-access',
  'initial intrusion': 'initial-access',
  'initial access vector': 'initial-access',
  c2: 'command-and-control',
  'c&c': 'command-and-control',
  recon: 'reconnaissance',
  privesc: 'privilege-escalation',
  'lateral spread': 'lateral-movement',
  'credential theft': 'credential-access',
  'credential harvesting': 'credential-access',
};

function clean(label: string): string {
  return comparable(label)
    .replace(/\(.*?\)/g, ' ')
    .replace(/\bTA\s+(\d{4})\b/i, 'TA$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads the tactics and stages a timeline heading or methodology key names. */
export function readTactics(label: string): TacticReading {
  let reading = cache.get(label);
  if (!reading) {
    if (cache.size > 1000) cache.clear();
    reading = computeReading(label);
    cache.set(label, reading);
  }
  // A copy: callers keep the arrays in the incident they build.
  return { tactics: [...reading.tactics], stages: [...reading.stages], typos: [...reading.typos], other: [...reading.other], legacy: [...reading.legacy] };
}

const cache = new Map<string, TacticReading>();

function computeReading(label: string): TacticReading {
  const reading: TacticReading = { tactics: [], stages: [], typos: [], other: [], legacy: [] };
  const whole = clean(label);
  if (!whole) return reading;
  if (readPart(whole, reading, false)) return reading;
  for (const piece of whole.split(/\s*(?:\/|&|\+|,|;|\||:)\s*|\s+[-–—]\s+/)) {
    if (!piece) continue;
    if (readPart(piece, reading, false)) continue;
    const parts = piece.split(/\s+(?:and|or)\s+/i);
    if (parts.length > 1 && parts.every((p) => readPart(p, { ...reading, tactics: [], stages: [], typos: [], other: [], legacy: [] }, true))) {
      for (const part of parts) readPart(part, reading, true);
    } else readPart(piece, reading, true);
  }
  return reading;
}

/** Reads one part; with `final`, records unknown parts and typos instead of failing. */
function readPart(part: string, reading: TacticReading, final: boolean): boolean {
  const lower = part.toLowerCase();
  const stage = STAGE_WORDS[lower] ?? STAGE_WORDS[lower.replace(/\s+(phase|stage)$/, '')];
  if (stage) {
    if (!reading.stages.includes(stage)) reading.stages.push(stage);
    return true;
  }
  const synonym = SYNONYMS[lower];
  const found = lookupTactic(synonym ?? part);
  if (found.ok) {
    if (found.note) {
      reading.legacy.push({ label: part, note: found.note });
      add(reading.tactics, part);
    } else for (const tactic of found.tactics) add(reading.tactics, tactic.shortname);
    return true;
  }
  if (!final) return false;
  if (found.suggestion) {
    const tactic = tacticByShortname(found.suggestion);
    const suggestion = tactic ? tactic.name : 'Defense Evasion';
    reading.typos.push({ label: part, suggestion });
    add(reading.tactics, tactic ? tactic.shortname : 'Defense Evasion');
    return true;
  }
  reading.other.push(part);
  return false;
}

function add(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** True when a heading names at least one tactic or stage (so it belongs under Timeline or Methodology). */
export function namesTacticOrStage(label: string): boolean {
  const reading = readTactics(label);
  return reading.tactics.length + reading.stages.length > 0 && reading.other.length === 0;
}

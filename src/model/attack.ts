import tacticsTable from './attack/tactics.json' with { type: 'json' };
import techniquesTable from './attack/techniques.json' with { type: 'json' };
import { didYouMean } from '../core/did-you-mean.js';

/** An ATT&CK Enterprise tactic (v19.1). */
export interface Tactic {
  /** TA id, e.g. "TA0001". */
  id: string;
  /** Display name, e.g. "Initial Access". */
  name: string;
  /** Shortname used in data, e.g. "initial-access". */
  shortname: string;
  /** 1-based position in the matrix. */
  order: number;
}

/** An ATT&CK technique or sub-technique. */
export interface Technique {
  id: string;
  name: string;
  tactics: string[];
}

/** The 15 Enterprise v19.1 tactics in matrix order. */
export const TACTICS: readonly Tactic[] = [...tacticsTable].sort((a, b) => a.order - b.order);

/** ATT&CK release the bundled tables come from. */
export const ATTACK_VERSION = '19.1';

const techniques = new Map<string, Technique>(
  techniquesTable.filter((t) => !t.deprecated).map((t) => [t.id, { id: t.id, name: t.name, tactics: t.tactics }]),
);

/** Pre-v19 labels that v19 split or renamed, with the v19 tactics they now map to. */
const LEGACY: Record<string, { label: string; shortnames: string[]; note: string }> = {
  'defense-evasion': {
    label: 'Defense Evasion',
    shortnames: ['stealth', 'defense-impairment'],
    note: 'ATT&CK v19 split Defense Evasion (TA0005) into Stealth (TA0005) and Defense Impairment (TA0112)',
  },
};

const byKey = new Map<string, Tactic>();
for (const tactic of TACTICS) {
  for (const key of [tactic.id, tactic.name, tactic.shortname]) byKey.set(normalise(key), tactic);
}

function normalise(label: string): string {
  return label.trim().toLowerCase().replace(/[\s_]+/g, '-').replace(/&/g, 'and');
}

/** Result of reading one tactic label from data or the command line. */
export type TacticLookup =
  | { ok: true; tactics: Tactic[]; label: string; note?: string }
  | { ok: false; label: string; suggestion?: string };

/** Resolves a tactic by name, shortname or TA id (any case); legacy labels map to their v19 tactics. */
export function lookupTactic(label: string): TacticLookup {
  // Most data names tactics by shortname, already a key: found without normalising (keys are normal forms).
  const exact = byKey.get(label);
  if (exact) return { ok: true, tactics: [exact], label };
  const key = normalise(label);
  const tactic = byKey.get(key);
  if (tactic) return { ok: true, tactics: [tactic], label };
  const legacy = LEGACY[key];
  if (legacy) {
    return {
      ok: true,
      tactics: legacy.shortnames.map((s) => byKey.get(s)!),
      label,
      note: `"${label}" is the pre-v19 name; ${legacy.note}, so it is read as both`,
    };
  }
  const candidates = [...TACTICS.map((t) => t.shortname), ...Object.keys(LEGACY)];
  const suggestion = didYouMean(key, candidates);
  return suggestion ? { ok: false, label, suggestion } : { ok: false, label };
}

/** The tactic with this shortname, if any. */
export function tacticByShortname(shortname: string): Tactic | undefined {
  return byKey.get(shortname);
}

/** The technique or sub-technique with this id, if ATT&CK v19.1 has it. */
export function techniqueById(id: string): Technique | undefined {
  return techniques.get(id);
}

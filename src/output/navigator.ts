import { ATTACK_VERSION } from '../model/attack.js';
import { describeFilters } from './export/filters-note.js';
import type { ExportSelection } from './export/select.js';
import { techniqueUses, type TechniqueUse } from './export/techniques.js';
import { safeJson } from './safe-json.js';

/** Versions a layer declares: ATT&CK major release, Navigator release, layer format. */
const LAYER_VERSIONS = { attack: ATTACK_VERSION.split('.')[0]!, navigator: '5.1.0', layer: '4.5' } as const;

// Light to dark: one incident reads as a hint, all of them as a hot spot.
const LOW = '#fdd49e';
const HIGH = '#d7301f';

/** One technique annotation of a layer (format 4.5). */
export interface LayerTechnique {
  techniqueID: string;
  /** Omitted when the data ties the technique to none of its tactics: then it shows under all of them. */
  tactic?: string;
  score: number;
  comment: string;
  enabled: boolean;
}

/** An ATT&CK Navigator layer, format 4.5, with the fields this export fills. */
export interface NavigatorLayer {
  name: string;
  versions: typeof LAYER_VERSIONS;
  domain: 'enterprise-attack';
  description: string;
  sorting: number;
  layout: Record<string, string | boolean>;
  hideDisabled: boolean;
  techniques: LayerTechnique[];
  gradient: { colors: string[]; minValue: number; maxValue: number };
  legendItems: { label: string; color: string }[];
  showTacticRowBackground: boolean;
  tacticRowBackground: string;
  selectTechniquesAcrossTactics: boolean;
  selectSubtechniquesWithParent: boolean;
  selectVisibleTechniques: boolean;
  metadata: { name: string; value: string }[];
}

/**
 * The techniques of the selection as a Navigator layer: each scored by the number of incidents
 * using it, annotated once per tactic the data uses it for, with a comment naming the incidents.
 */
export function buildNavigatorLayer(selection: ExportSelection): NavigatorLayer {
  const uses = techniqueUses(selection);
  const techniques = uses.flatMap((use) => annotations(use, selection));
  const maxScore = Math.max(1, ...uses.map((u) => u.incidents.length));
  return {
    name: layerName(selection),
    versions: LAYER_VERSIONS,
    domain: 'enterprise-attack',
    description: layerDescription(selection, uses),
    sorting: 3,
    layout: { layout: 'side', showID: true, showName: true, showAggregateScores: false, countUnscored: false, aggregateFunction: 'max', expandedSubtechniques: 'annotated' },
    hideDisabled: false,
    techniques,
    // Scores are incident counts from 1, so 1 takes the light end; maxValue must exceed minValue.
    gradient: { colors: [LOW, HIGH], minValue: 1, maxValue: Math.max(2, maxScore) },
    legendItems: maxScore > 1 ? [legend(1, LOW), legend(maxScore, HIGH)] : [legend(1, LOW)],
    showTacticRowBackground: false,
    tacticRowBackground: '#dddddd',
    selectTechniquesAcrossTactics: true,
    selectSubtechniquesWithParent: false,
    selectVisibleTechniques: false,
    metadata: selection.incidents.map((i) => ({ name: selection.loaded[i]!.incident.id, value: selection.loaded[i]!.incident.title })),
  };
}

/** The layer as the JSON file the Navigator opens ("Open Existing Layer" > "Upload from local"). */
export function renderNavigatorLayer(selection: ExportSelection): string {
  return `${safeJson(buildNavigatorLayer(selection))}\n`;
}

function annotations(use: TechniqueUse, selection: ExportSelection): LayerTechnique[] {
  const comment = `Used in ${count(use.incidents.length)}: ${use.incidents
    .map((i) => `${selection.loaded[i]!.incident.title} (${selection.loaded[i]!.incident.id})`)
    .join('; ')}`;
  const base = { techniqueID: use.id, score: use.incidents.length, comment, enabled: true };
  return use.tactics.length === 0 ? [base] : use.tactics.map((tactic) => ({ ...base, tactic }));
}

function layerName(selection: ExportSelection): string {
  const [only] = selection.incidents;
  return selection.incidents.length === 1 && only !== undefined ? selection.loaded[only]!.incident.title : `Techniques of ${count(selection.incidents.length)}`;
}

function layerDescription(selection: ExportSelection, uses: readonly TechniqueUse[]): string {
  const using = new Set(uses.flatMap((u) => u.incidents));
  const without = selection.incidents.filter((i) => !using.has(i)).map((i) => selection.loaded[i]!.incident.id);
  const unknown = uses.filter((u) => !u.technique).map((u) => u.id);
  const filters = describeFilters(selection);
  return [
    `ATT&CK techniques of ${count(selection.incidents.length)}, each scored by the number of incidents that use it (from their timeline events and attack methodology).`,
    ...(filters ? [`Filters: ${filters}.`] : []),
    ...(without.length > 0 ? [`No technique ids in the data of: ${without.join(', ')}.`] : []),
    ...(unknown.length > 0 ? [`Not in ATT&CK v${ATTACK_VERSION}: ${unknown.join(', ')}.`] : []),
  ].join(' ');
}

function legend(score: number, color: string): { label: string; color: string } {
  return { label: `used in ${count(score)}`, color };
}

function count(n: number): string {
  return `${n} incident${n === 1 ? '' : 's'}`;
}

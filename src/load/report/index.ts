import { basename, extname } from 'node:path';
import { parseIso } from '../../core/time.js';
import type { Diagnostic } from '../../model/loaded.js';
import { assemble } from './assemble.js';
import { ImportContext, type ImportSummary } from './context.js';
import { emptyDraft, type IncidentDraft } from './draft.js';
import { extractEntities } from './entities/index.js';
import { EntityRegistry } from './entities/registry.js';
import { sectionText } from './map/common.js';
import { mapDetails } from './map/details.js';
import { mapImpact } from './map/impact.js';
import { mapIndicators } from './map/indicators.js';
import { mapLessons } from './map/lessons.js';
import { mapMethodology } from './map/methodology.js';
import { mapRecommendations } from './map/recommendations.js';
import { mapResponses } from './map/responses.js';
import { mapSources } from './map/sources.js';
import { mapSummary } from './map/summary.js';
import { mapTimeline } from './map/timeline.js';
import { parseReport } from './parse.js';
import { SECTION_HEADINGS, matchSection, type SectionKind } from './sections.js';
import type { Section } from './tree.js';

export type { ImportSummary } from './context.js';

/** What importing one report produced. */
export interface ImportResult {
  /** Incidents in the incident file format (schemaVersion 1), not yet sanitised or validated. */
  incidents: unknown[];
  /** Problems, each at the report's line:col. */
  diagnostics: Diagnostic[];
  /** Which sections and keys were mapped, kept as notes, or skipped as empty. */
  summary: ImportSummary;
}

type Mapper = (section: Section, draft: IncidentDraft, ctx: ImportContext, entities: EntityRegistry) => void;

const MAPPERS: Record<SectionKind, Mapper> = {
  summary: mapSummary,
  details: mapDetails,
  timeline: mapTimeline,
  methodology: mapMethodology,
  impact: mapImpact,
  indicators: mapIndicators,
  responses: mapResponses,
  lessons: mapLessons,
  recommendations: mapRecommendations,
  sources: mapSources,
};

// Sections every report in the format has; a missing one is worth a warning.
const EXPECTED: SectionKind[] = ['summary', 'details', 'timeline', 'methodology', 'impact', 'indicators', 'responses', 'lessons', 'recommendations'];

/**
 * Imports an incident report in the Markdown report format ("# Incident Report: TITLE", "## Executive Summary",
 * "- **Key:** value" ...) into incidents. Never throws: problems become diagnostics at the report's line:col,
 * and whatever could be read is still returned.
 */
export function importReport(source: string, file: string, options: { referenceDate?: string }): ImportResult {
  const referenceDate = validReferenceDate(options.referenceDate);
  const ctx = new ImportContext(file, referenceDate);
  if (options.referenceDate !== undefined && referenceDate === undefined) {
    ctx.error(undefined, `reference date "${options.referenceDate}" is not a date; give it as YYYY-MM-DD (the report's publication date)`);
  }
  try {
    return { incidents: importTree(source, file, ctx), diagnostics: ctx.diagnostics, summary: ctx.summary };
  } catch (error) {
    // A bug in one mapper must not take down a load of many files.
    ctx.error(undefined, `the report could not be imported (${error instanceof Error ? error.message : String(error)}); this is a bug in itx's importer, please report it with the file`);
    return { incidents: [], diagnostics: ctx.diagnostics, summary: ctx.summary };
  }
}

function importTree(source: string, file: string, ctx: ImportContext): unknown[] {
  const tree = parseReport(source);
  const known = tree.sections.map((s) => matchSection(s.heading));
  if (!tree.title && known.every((k) => k === undefined)) {
    ctx.error(undefined, 'no incident report found: expected a "# Incident Report: TITLE" heading and sections such as "## Executive Summary"');
    return [];
  }
  let title = tree.title;
  if (!title) {
    title = basename(file, extname(file)) || 'Imported report';
    ctx.warn(tree.sections[0]?.pos, `no "# Incident Report: TITLE" heading; the title is taken from the file name ("${title}")`);
  }
  const draft = emptyDraft();
  const entities = new EntityRegistry();
  const lede = tree.lede.map((p) => p.text).join('\n\n');
  ctx.read(lede);
  const seen = new Set<SectionKind>();
  tree.sections.forEach((section, i) => {
    const match = known[i];
    if (!match) {
      const text = sectionText(section);
      ctx.keep(section.heading, text);
      ctx.read(text);
      return;
    }
    if (!match.exact) {
      ctx.warn(section.pos, `unknown section "${section.heading}"; did you mean "${match.canonical}"? Read as ${match.canonical}`);
    }
    seen.add(match.kind);
    if (section.blocks.length === 0 && section.children.length === 0) return ctx.skipped(section.heading);
    MAPPERS[match.kind](section, draft, ctx, entities);
  });
  if (lede) {
    // The lede is the report's own summary when it has no Executive Summary.
    if (draft.summary) ctx.keep('Full Report', lede);
    else {
      draft.summary = lede;
      ctx.mapped('Full Report');
    }
  }
  const missing = EXPECTED.filter((kind) => !seen.has(kind)).map((kind) => SECTION_HEADINGS[kind][0]);
  if (missing.length > 0) {
    ctx.warn(undefined, `no ${missing.map((m) => `"${m}"`).join(', ')} section${missing.length > 1 ? 's' : ''}; the incident has nothing from ${missing.length > 1 ? 'them' : 'it'}`);
  }
  extractEntities(ctx.prose, entities);
  return [assemble({ draft, title, entities, notes: ctx.notes, ...(ctx.referenceDate && { referenceDate: ctx.referenceDate }) })];
}

function validReferenceDate(value: string | undefined): string | undefined {
  if (value === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  return parseIso(value).ok ? value : undefined;
}

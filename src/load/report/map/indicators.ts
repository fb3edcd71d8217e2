import type { Indicator } from '../../../model/incident.js';
import { refang } from '../../../text/index.js';
import type { ImportContext } from '../context.js';
import type { IncidentDraft } from '../draft.js';
import { findIndicators, typeOfKind } from '../indicator-kinds.js';
import { readStatus } from '../status.js';
import type { Item, Section } from '../tree.js';
import { itemsWithSubsections, itemValue, itemValues, keepParagraphs, keyOf } from './common.js';

type IndicatorType = Indicator['type'];
type IndicatorDraft = Omit<Indicator, 'sources'>;

const TYPES: [RegExp, IndicatorType][] = [
  [/\b(?:behaviou?r\w*|ttps?|activity|activities|patterns?|anomal\w*)\b/, 'behavioral'],
  [/\b(?:files?|hash\w*|malware|samples?|artifacts?|artefacts?|host based|host indicators|registry|paths?|md5|sha\d*)\b/, 'file'],
  [/\b(?:network|ips?|ip address\w*|domains?|urls?|hosts?|hostnames?|c2|infrastructure|emails?|addresses)\b/, 'network'],
];

/** Indicators of Compromise: each value with its type and kind, refanged ("23.105.182[.]19" -> ipv4 23.105.182.19). */
export function mapIndicators(section: Section, draft: IncidentDraft, ctx: ImportContext): void {
  keepParagraphs(ctx, section);
  const items = itemsWithSubsections(section);
  for (const item of items) {
    const type = TYPES.find(([re]) => re.test(keyOf(item.key)))?.[1];
    const name = item.key ? `${section.heading}: ${item.key}` : section.heading;
    if (!itemValue(item)) {
      ctx.skipped(name);
      continue;
    }
    draft.indicators.push(...readIndicators(item, type));
    ctx.mapped(name);
  }
}

function readIndicators(item: Item, keyType: IndicatorType | undefined): IndicatorDraft[] {
  const whole = itemValue(item);
  const { status, rest } = readStatus(whole);
  if (status !== 'described' && findIndicators(refang(rest)).length === 0) {
    return [{ type: keyType ?? 'behavioral', status, ...(rest && { description: whole }) }];
  }
  return itemValues(item).flatMap((value) => segments(value).flatMap((segment) => readSegment(segment, keyType)));
}

/** Splits on ";" and line breaks, and on commas when every comma-separated part holds an indicator. */
function segments(value: string): string[] {
  return value
    .split(/\s*[;\n]\s*/)
    .flatMap((part) => {
      const pieces = part.split(/\s*,\s*/);
      return pieces.length > 1 && pieces.every((p) => findIndicators(refang(p)).length > 0) ? pieces : [part];
    })
    .map((s) => s.replace(/[.\s]+$/, '').trim())
    .filter(Boolean);
}

function readSegment(segment: string, keyType: IndicatorType | undefined): IndicatorDraft[] {
  const text = refang(segment);
  const found = findIndicators(text);
  if (found.length === 0) return [{ type: keyType ?? 'behavioral', kind: 'text', value: segment }];
  // Words around the value ("C2 server", "(phishing sender)") describe it.
  const words = found.reduce((t, f) => t.replace(f.value, ''), text).replace(/[\s()[\],.;:'"`-]+/g, '');
  return found.map((f) => ({
    type: keyType === 'behavioral' || !keyType ? typeOfKind(f.kind) : keyType,
    kind: f.kind,
    value: f.value,
    ...(words && { description: segment }),
  }));
}

import { didYouMean } from '../../core/did-you-mean.js';
import { comparable } from './comparable.js';

/** The sections of the report format that map to fields of the incident. */
export type SectionKind =
  | 'summary'
  | 'details'
  | 'timeline'
  | 'methodology'
  | 'impact'
  | 'indicators'
  | 'responses'
  | 'lessons'
  | 'recommendations'
  | 'sources';

/** Each section's canonical heading first, then the other headings reports use for it. */
export const SECTION_HEADINGS: Record<SectionKind, readonly string[]> = {
  summary: ['Executive Summary', 'Summary', 'Overview', 'Incident Summary', 'Synopsis', 'Abstract'],
  details: ['Incident Details', 'Details', 'Key Details', 'Incident Information', 'Incident Facts', 'Incident Overview'],
  timeline: ['Timeline of Events', 'Timeline', 'Chronology', 'Sequence of Events', 'Event Timeline', 'Incident Timeline', 'Attack Timeline'],
  methodology: [
    'Attack Methodology',
    'Methodology',
    'Tactics, Techniques and Procedures',
    'TTPs',
    'MITRE ATT&CK Mapping',
    'ATT&CK Mapping',
    'Attack Techniques',
    'Attack Chain',
  ],
  impact: ['Impact Assessment', 'Impact', 'Impacts', 'Business Impact', 'Impact Analysis'],
  indicators: ['Indicators of Compromise', 'IOCs', 'IOC', 'Indicators', 'Observables', 'Indicators of Compromise (IOCs)'],
  responses: [
    'Response Actions',
    'Response',
    'Incident Response',
    'Remediation',
    'Remediation Actions',
    'Response and Remediation',
    'Containment and Remediation',
  ],
  lessons: ['Lessons Learned', 'Lessons Learnt', 'Lessons', 'Key Takeaways', 'Takeaways'],
  recommendations: ['Recommendations', 'Recommended Actions', 'Recommendations and Mitigations', 'Mitigations', 'Next Steps'],
  sources: ['Sources', 'References', 'Further Reading', 'Links'],
};

/** How a heading was recognised. */
export interface SectionMatch {
  kind: SectionKind;
  /** The canonical heading, e.g. "Impact Assessment". */
  canonical: string;
  /** False when only a typo-tolerant match found it. */
  exact: boolean;
}

/** Heading text reduced for comparison: no numbering, emphasis, punctuation or control characters. */
function headingKey(heading: string): string {
  return comparable(heading)
    .normalize('NFKC')
    .replace(/^\s*(?:\d+|[ivx]+|[a-h])[.)]\s+/i, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const exact = new Map<string, SectionKind>();
const fuzzyCandidates: string[] = [];
for (const [kind, headings] of Object.entries(SECTION_HEADINGS) as [SectionKind, readonly string[]][]) {
  for (const heading of headings) {
    const key = headingKey(heading);
    exact.set(key, kind);
    // Short aliases ("ioc", "ttps") would match unrelated words by edit distance.
    if (key.length >= 6) fuzzyCandidates.push(key);
  }
}

/** The section a heading names, tolerating typos ("Impakt Assesment"); undefined for other headings. */
export function matchSection(heading: string): SectionMatch | undefined {
  if (cache.has(heading)) return cache.get(heading);
  // Headings are matched several times while the tree is built; edit distances are worth keeping.
  if (cache.size > 1000) cache.clear();
  const match = computeMatch(heading);
  cache.set(heading, match);
  return match;
}

const cache = new Map<string, SectionMatch | undefined>();

function computeMatch(heading: string): SectionMatch | undefined {
  const key = headingKey(heading);
  if (!key) return undefined;
  const hit = exact.get(key);
  if (hit) return { kind: hit, canonical: SECTION_HEADINGS[hit][0]!, exact: true };
  const near = didYouMean(key, fuzzyCandidates);
  if (!near) return undefined;
  const kind = exact.get(near)!;
  return { kind, canonical: SECTION_HEADINGS[kind][0]!, exact: false };
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/load/report/index.js';
import { Incident } from '../../src/model/incident.js';

// Lines a report is made of, mixed with anything at all: headings (known, tactic, unknown, typo'd),
// keyed bullets with dates, statuses and indicators, prose, and raw strings with control characters.
const heading = fc.oneof(
  fc.constantFrom('Executive Summary', 'Incident Details', 'Timeline of Events', 'Attack Methodology', 'Impact Assessment', 'Indicators of Compromise', 'Response Actions', 'Lessons Learned', 'Recommendations', 'Sources'),
  fc.constantFrom('Initial Access', 'Lateral Moovement', 'Data Exfiltration/Impact', 'Detection & Response', 'Defense Evasion', 'Impakt Assesment'),
  fc.string({ maxLength: 30 }),
);
const key = fc.oneof(
  fc.constantFrom('Discovery Date', 'Incident Date', 'Affected Organization', 'Sector', 'Date/Time', 'Details', 'How it was discovered', 'Response actions taken', 'Network indicators', 'Containment measures', 'Key takeaways', 'Persistence'),
  fc.string({ maxLength: 20 }),
);
const value = fc.oneof(
  fc.constantFrom('Not detailed.', 'None specified/defanged.', 'Unknown, prior to Sunday reports.', '2023-09-28 to 2023-10-17', '2024-02-30', 'May 4, 2025', '2021-05-07 05:00 EDT', '23.105.182[.]19, evil[.]example', 'X (owned by Y)', 'officials (including A B, C D)', 'Disabled it; revoked them.'),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const line = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), heading).map(([level, text]) => `${'#'.repeat(level)} ${text}`),
  fc.tuple(fc.constantFrom('- ', '* ', '1. ', '  - ', ''), fc.constantFrom('**', ''), key, value).map(([bullet, bold, k, v]) => `${bullet}${bold}${k}:${bold} ${v}`),
  value,
  fc.constant(''),
);
const report = fc.tuple(fc.string({ maxLength: 40 }), fc.array(line, { maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r')).map(
  ([title, lines, eol]) => [`# Incident Report: ${title}`, ...lines].join(eol),
);

describe('any text in or near the report format', () => {
  it('imports without throwing, and every incident fits the schema', () => {
    fc.assert(
      fc.property(report, fc.option(fc.constantFrom('2025-05-05', '2024-02-30', 'nonsense'), { nil: undefined }), (source, referenceDate) => {
        const result = importReport(source, 'any.md', referenceDate === undefined ? {} : { referenceDate });
        // The importer turns its own failures into a diagnostic; none may happen.
        expect(result.diagnostics.filter((d) => d.message.includes('bug in itx'))).toEqual([]);
        for (const incident of result.incidents) expect(Incident.safeParse(incident).success).toBe(true);
        for (const d of result.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(0);
          expect(d.column).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

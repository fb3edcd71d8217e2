import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { importReport, type ImportResult } from '../../src/load/report/index.js';
import { Incident } from '../../src/model/incident.js';

/** The seed report and the Okta sample, copied into the fixtures so a clean clone has them. */
export const SEED = 'test/fixtures/reports/telemessage-2025-seed.txt';
export const OKTA = 'test/fixtures/reports/okta-support-2023.txt';

/** Reads a report as text. */
export function readReport(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Imports report text and checks the one incident it yields against the schema, as the loader would. */
export function importOne(source: string, file = 'report.txt', referenceDate?: string): { incident: Incident; result: ImportResult } {
  const result = importReport(source, file, referenceDate === undefined ? {} : { referenceDate });
  expect(result.incidents).toHaveLength(1);
  const parsed = Incident.safeParse(result.incidents[0]);
  if (!parsed.success) throw new Error(`not a valid incident: ${JSON.stringify(parsed.error.issues.slice(0, 5))}`);
  return { incident: parsed.data, result };
}

/** The entity with this name; fails the test when there is none. */
export function entity(incident: Incident, name: string) {
  const found = incident.entities?.find((e) => e.name === name);
  if (!found) throw new Error(`no entity "${name}" among ${incident.entities?.map((e) => e.name).join(', ')}`);
  return found;
}

/** Warnings and errors as "line:col: message" strings, for matching. */
export function messages(result: ImportResult): string[] {
  return result.diagnostics.map((d) => `${d.line}:${d.column}: ${d.severity}: ${d.message}`);
}

import { describe, expect, it } from 'vitest';
import { TACTICS } from '../../src/model/attack.js';
import { buildNavigatorLayer, renderNavigatorLayer } from '../../src/output/navigator.js';
import { loadBundled, selectAll } from './helpers.js';

const SHORTNAMES = new Set(TACTICS.map((t) => t.shortname));

type Json = Record<string, unknown>;

/** The checks of the layer format 4.5 spec: required fields and the types of the ones present. */
function expectValidLayer(layer: Json): void {
  expect(typeof layer.name).toBe('string');
  expect(layer.domain).toBe('enterprise-attack');
  const versions = layer.versions as Json;
  expect(versions.layer).toBe('4.5');
  expect(versions.attack).toBe('19');
  expect(String(versions.navigator).localeCompare('4.9.0', 'en', { numeric: true })).toBeGreaterThanOrEqual(0);
  expect(typeof layer.description).toBe('string');
  expect([0, 1, 2, 3]).toContain(layer.sorting);
  const gradient = layer.gradient as { colors: string[]; minValue: number; maxValue: number };
  expect(gradient.colors.length).toBeGreaterThanOrEqual(2);
  for (const c of gradient.colors) expect(c).toMatch(/^#[0-9a-f]{6}$/i);
  expect(gradient.maxValue).toBeGreaterThan(gradient.minValue);
  for (const item of layer.legendItems as Json[]) {
    expect(typeof item.label).toBe('string');
    expect(item.color).toMatch(/^#[0-9a-f]{6}$/i);
  }
  for (const t of layer.techniques as Json[]) {
    expect(t.techniqueID).toMatch(/^T\d{4}(\.\d{3})?$/);
    if (t.tactic !== undefined) expect(SHORTNAMES.has(t.tactic as string)).toBe(true);
    expect(typeof t.score).toBe('number');
    expect(typeof t.comment).toBe('string');
    expect(t.enabled).toBe(true);
  }
}

describe('ATT&CK Navigator layer', () => {
  it('is a valid 4.5 layer of the bundled techniques, scored by how many incidents use each', async () => {
    const layer = JSON.parse(renderNavigatorLayer(selectAll(await loadBundled()))) as Json;
    expectValidLayer(layer);
    const techniques = layer.techniques as { techniqueID: string; tactic?: string; score: number; comment: string }[];
    const entry = (id: string, tactic: string) => techniques.find((t) => t.techniqueID === id && t.tactic === tactic);
    // Okta's techniques, with the tactics its data uses them for.
    expect(entry('T1087', 'discovery')).toMatchObject({ score: 1 });
    expect(entry('T1539', 'credential-access')).toMatchObject({ score: 1 });
    expect(entry('T1550.004', 'lateral-movement')).toMatchObject({ score: 1 });
    expect(entry('T1213', 'collection')!.comment).toContain('okta-support-2023');
    // Valid Accounts: Change Healthcare, Colonial, Okta and Uber.
    const validAccounts = entry('T1078', 'initial-access')!;
    expect(validAccounts.score).toBe(4);
    for (const id of ['change-healthcare-2024', 'colonial-pipeline-2021', 'okta-support-2023', 'uber-2022']) expect(validAccounts.comment).toContain(id);
    expect(validAccounts.comment).not.toContain('telemessage-2025');
    // TeleMessage's data names tactics but no technique ids: it is listed, not scored.
    expect(techniques.some((t) => t.comment.includes('telemessage-2025'))).toBe(false);
    expect(layer.description).toMatch(/No technique ids in the data of: .*telemessage-2025/);
    expect((layer.gradient as { maxValue: number }).maxValue).toBe(4);
  });

  it('keeps only the chosen incidents and tactics', async () => {
    const result = await loadBundled();
    const okta = result.incidents.findIndex((l) => l.incident.id === 'okta-support-2023');
    const layer = buildNavigatorLayer(selectAll(result, { incidents: [okta], tactics: ['credential-access'] }));
    expectValidLayer(layer as unknown as Json);
    expect(layer.name).toBe('Okta Support Case Management System Compromise');
    expect(layer.techniques.map((t) => `${t.techniqueID}:${t.tactic}`)).toEqual(['T1539:credential-access']);
    expect(layer.techniques[0]!.score).toBe(1);
    expect(layer.description).toContain('Filters: incident OKTA; tactic Credential Access');
  });
});

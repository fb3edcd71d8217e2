import { describe, expect, it } from 'vitest';
import { loadPaths } from '../../src/load/index.js';
import { buildStixBundle, renderStixBundle } from '../../src/output/stix/bundle.js';
import { stixId, uuidV5 } from '../../src/output/stix/ids.js';
import { INCIDENT_CORE_EXTENSION } from '../../src/output/stix/objects.js';
import { stixPattern } from '../../src/output/stix/patterns.js';
import { loadBundled, selectAll, tempData } from './helpers.js';

const ID = /^[a-z0-9-]+--[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const TYPES = new Set(['identity', 'threat-actor', 'incident', 'attack-pattern', 'indicator', 'relationship', 'sighting']);

type Obj = Record<string, unknown> & { type: string; id: string };

/** Every property named *_ref or *_refs, anywhere in an object (nested ones too). */
function refsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsOf(v, out);
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key.endsWith('_ref')) out.push(v as string);
      else if (key.endsWith('_refs')) out.push(...(v as string[]));
      else refsOf(v, out);
    }
  }
  return out;
}

describe('STIX 2.1 bundle', () => {
  it('has valid ids, known types, spec_version, RFC 3339 timestamps, and references that resolve', async () => {
    const bundle = JSON.parse(renderStixBundle(selectAll(await loadBundled()))) as { type: string; id: string; objects: Obj[] };
    expect(bundle.type).toBe('bundle');
    expect(bundle.id).toMatch(ID);
    const ids = new Set(bundle.objects.map((o) => o.id));
    expect(ids.size).toBe(bundle.objects.length);
    for (const o of bundle.objects) {
      expect(o.id).toMatch(ID);
      expect(o.id.startsWith(`${o.type}--`)).toBe(true);
      expect(TYPES.has(o.type)).toBe(true);
      expect(o.spec_version).toBe('2.1');
      expect(o.created).toMatch(TIMESTAMP);
      expect(o.modified).toMatch(TIMESTAMP);
      expect((o.modified as string) >= (o.created as string)).toBe(true);
      if (o.valid_from !== undefined) expect(o.valid_from).toMatch(TIMESTAMP);
      for (const ref of refsOf(o)) expect(ids.has(ref), `${o.id} refers to ${ref}`).toBe(true);
    }
    const count = (type: string) => bundle.objects.filter((o) => o.type === type).length;
    expect(count('incident')).toBe(8);
    expect(count('identity')).toBeGreaterThan(20);
    expect(count('relationship')).toBeGreaterThan(0);
    expect(count('sighting')).toBe(count('indicator'));
  });

  it('describes each incident with the incident-core extension and its sources', async () => {
    const bundle = buildStixBundle(selectAll(await loadBundled()));
    const okta = bundle.objects.find((o) => o.type === 'incident' && o.name === 'Okta Support Case Management System Compromise')!;
    expect(okta.id).toBe(stixId('incident', 'okta-support-2023'));
    expect((okta.extensions as Record<string, unknown>)[INCIDENT_CORE_EXTENSION]).toEqual({
      extension_type: 'property-extension',
      determination: 'confirmed',
      investigation_status: 'closed',
    });
    expect(okta.kill_chain_phases).toContainEqual({ kill_chain_name: 'mitre-attack', phase_name: 'initial-access' });
    expect((okta.external_references as { source_name: string }[]).length).toBeGreaterThan(0);
    const tm = bundle.objects.find((o) => o.id === stixId('incident', 'telemessage-2025'))!;
    expect((tm.extensions as Record<string, { investigation_status: string }>)[INCIDENT_CORE_EXTENSION]!.investigation_status).toBe('open');
  });

  it('references ATT&CK techniques by id and links them, identities and indicators to incidents', async () => {
    const bundle = buildStixBundle(selectAll(await loadBundled()));
    const pattern = bundle.objects.find((o) => o.type === 'attack-pattern' && o.name === 'Valid Accounts')!;
    expect(pattern.external_references).toEqual([{ source_name: 'mitre-attack', external_id: 'T1078', url: 'https://attack.mitre.org/techniques/T1078/' }]);
    const sub = bundle.objects.find((o) => o.id === stixId('attack-pattern', 'T1550.004'))!;
    expect((sub.external_references as { url: string }[])[0]!.url).toBe('https://attack.mitre.org/techniques/T1550/004/');
    const okta = stixId('incident', 'okta-support-2023');
    const from = (source: string, type: string) =>
      bundle.objects.filter((o) => o.type === 'relationship' && o.source_ref === source && String(o.target_ref).startsWith(`${type}--`));
    expect(from(okta, 'attack-pattern').map((r) => r.relationship_type)).toContain('related-to');
    expect(from(okta, 'attack-pattern').some((r) => r.target_ref === pattern.id)).toBe(true);
    const identities = from(okta, 'identity').map((r) => bundle.objects.find((o) => o.id === r.target_ref)!);
    expect(identities.map((i) => i.name)).toContain('Okta');
    const ip = bundle.objects.find((o) => o.type === 'indicator' && o.pattern === "[ipv4-addr:value = '23.105.182.19']")!;
    expect(ip.name).toBe('ipv4 23.105.182[.]19');
    const sighting = bundle.objects.find((o) => o.type === 'sighting' && o.sighting_of_ref === ip.id)!;
    expect((sighting.where_sighted_refs as string[]).map((id) => bundle.objects.find((o) => o.id === id)!.name)).toEqual(['Okta']);
    const actor = bundle.objects.find((o) => o.type === 'threat-actor' && String(o.name).startsWith('Unidentified threat actor'));
    expect(actor).toBeDefined();
  });

  it('exports the same bytes for the same data', async () => {
    const a = renderStixBundle(selectAll(await loadBundled()));
    const b = renderStixBundle(selectAll(await loadBundled()), { fallbackTime: new Date(0) });
    expect(a).toBe(b);
  });

  it('uses the data’s latest date as the objects’ time, and the fallback when there is none', async () => {
    const undated = { schemaVersion: 1, id: 'undated', title: 'No dates', sources: [], events: [{ id: 'e1', time: {}, title: 'Something', stage: 'attack' }] };
    const result = await loadPaths([tempData({ 'undated.json': undated })]);
    const bundle = buildStixBundle(selectAll(result), { fallbackTime: new Date('2026-01-02T03:04:05.678Z') });
    expect(bundle.objects[0]!.created).toBe('2026-01-02T03:04:05.678Z');
    const bundled = buildStixBundle(selectAll(await loadBundled()));
    expect(bundled.objects[0]!.created).toBe('2025-05-06T00:00:00.000Z');
  });
});

describe('STIX ids and patterns', () => {
  it('computes RFC 9562 version 5 UUIDs', () => {
    // The RFC's DNS namespace example.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(stixId('identity', 'a')).not.toBe(stixId('identity', 'b'));
  });

  it.each([
    [{ type: 'network', kind: 'ipv4', value: '23.105.182[.]19' }, "[ipv4-addr:value = '23.105.182.19']"],
    [{ type: 'network', kind: 'ipv6', value: '2001:db8::1' }, "[ipv6-addr:value = '2001:db8::1']"],
    [{ type: 'network', kind: 'domain', value: 'AVSVMCLOUD[.]com' }, "[domain-name:value = 'avsvmcloud.com']"],
    [{ type: 'network', kind: 'url', value: "hxxps://evil[.]example/a'b" }, "[url:value = 'https://evil.example/a\\'b']"],
    [{ type: 'network', kind: 'email', value: 'x[@]evil.example' }, "[email-addr:value = 'x@evil.example']"],
    [{ type: 'file', kind: 'md5', value: 'D41D8CD98F00B204E9800998ECF8427E' }, "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']"],
    [{ type: 'file', kind: 'sha1', value: 'da39a3ee5e6b4b0d3255bfef95601890afd80709' }, "[file:hashes.'SHA-1' = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']"],
    [{ type: 'file', kind: 'filename', value: 'human2.aspx' }, "[file:name = 'human2.aspx']"],
  ] as const)('patterns %j', (indicator, pattern) => {
    expect(stixPattern(indicator)).toBe(pattern);
  });

  it.each([
    { type: 'behavioral', kind: 'text', value: 'Administrator session reuse' },
    { type: 'network', kind: 'ipv4', value: 'not an ip' },
    { type: 'file', kind: 'sha256', value: 'abc' },
    { type: 'file', kind: 'path', value: 'C:\\inetpub\\human2.aspx' },
    { type: 'network', status: 'none-specified' },
  ] as const)('has no pattern for %j', (indicator) => {
    expect(stixPattern(indicator)).toBeUndefined();
  });
});

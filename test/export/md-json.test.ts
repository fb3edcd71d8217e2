import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPaths } from '../../src/load/index.js';
import { renderExportJson } from '../../src/output/export/json.js';
import { renderBriefing } from '../../src/output/export/md.js';
import { loadBundled, selectAll, tempData } from './helpers.js';

describe('Markdown briefing', () => {
  it('covers every bundled incident: title, key facts, timeline table, indicators defanged, sources, and the comparison', async () => {
    const result = await loadBundled();
    const md = renderBriefing(selectAll(result), { generatedAt: new Date('2025-06-01T08:30:00Z') });
    expect(md).toMatch(/^# Incident briefing\n\nGenerated 2025-06-01 08:30 UTC by itx from 8 incidents and 106 events\./);
    for (const { incident } of result.incidents) expect(md).toContain(`. ${incident.title.replace(/[\\`*_[\]<>|#!~]/g, (c) => `\\${c}`)} (`);
    expect(md.match(/^### Timeline\n\n\| Time \(UTC\) \| T\+ \| Stage \| Tactics \| Event \|$/gm)).toHaveLength(8);
    expect(md).toContain('| ≤ 2025-05-04 | \\~T+0d | attack | Initial Access | Hackers claim to have breached TeleMessage |');
    expect(md).toContain('| Organisation | TeleMessage |');
    expect(md).toMatch(/\| Started \| ≤ 2025-05-04 \(before day\) — Preceding Sunday\/Monday/);
    expect(md).toContain('| network | ipv4 | 23.105.182\\[.\\]19 |');
    expect(md).not.toContain('23.105.182.19');
    // Sources are references: their links stay clickable.
    expect(md).toContain('(<https://www.404media.co/senator-demands-investigation-into-trump-admin-signal-clone-after-404-media-investigation>)');
    // The response comparison, one heading level down inside the briefing.
    expect(md).toMatch(/^## Response comparison$/m);
    expect(md).toMatch(/^### Durations\n\n\| Measure \| CHC \| CPL \| MOVE \| OKTA \| SIG \| SW \| TM \| UBER \|$/m);
    expect(md).toMatch(/^### Containment$/m);
    expect(md.match(/^# /gm)).toHaveLength(1);
  });

  it('says which filters made it, and lists only the events that pass', async () => {
    const result = await loadBundled();
    const tm = result.incidents.findIndex((l) => l.incident.id === 'telemessage-2025');
    const md = renderBriefing(selectAll(result, { incidents: [tm], tactics: ['initial-access'] }));
    expect(md).toContain('from 1 incident and 2 events; filters: incident TM; tactic Initial Access.');
    const timeline = md.slice(md.indexOf('### Timeline'), md.indexOf('###', md.indexOf('### Timeline') + 4));
    expect(timeline.match(/^\| ≤ 2025-05-0[45] /gm)).toHaveLength(2);
    expect(md).toMatch(/^\| Measure \| TM \|$/m);
  });

  it('keeps hostile text inert: no raw HTML, links or formatting from the data', async () => {
    const hostile = {
      schemaVersion: 1,
      id: 'md-hostile',
      title: '<img src=x onerror=alert(1)> *bold* [link](javascript:alert(1))',
      summary: 'First | pipe\n\n# not a heading',
      sources: [{ id: 's', publisher: 'P', title: 'T', url: 'javascript:alert(1)' }],
      events: [{ id: 'e1', time: { at: '2025-01-01' }, title: 'a|b <script>', stage: 'attack' }],
    };
    const md = renderBriefing(selectAll(await loadPaths([tempData({ 'h.json': hostile })])));
    // Markdown shows a backslash-escaped character as itself, without its meaning.
    expect(md).not.toMatch(/(?<!\\)<(img|script)|(?<!\\)\]\(javascript:|^# not a heading/m);
    expect(md).toContain('\\<img src=x onerror=alert(1)\\> \\*bold\\*');
    expect(md).toContain('a\\|b \\<script\\>');
    expect(md).toContain('- P: T');
  });
});

describe('JSON export', () => {
  it('is the bundled files exactly as they are, one array', async () => {
    const exported = JSON.parse(renderExportJson(selectAll(await loadBundled()))) as unknown[];
    const files = readdirSync('data').filter((f) => f.endsWith('.json')).sort();
    expect(exported).toHaveLength(files.length);
    files.forEach((file, i) => {
      expect(exported[i]).toEqual(JSON.parse(readFileSync(path.join('data', file), 'utf8')));
    });
  });

  it('keeps the original strings, escaped so a terminal cannot be steered, and loads again cleanly', async () => {
    const incident = { schemaVersion: 1, id: 'esc', title: 'Red \u001b[31mtext\u001b[0m and \u202eevil', sources: [], events: [{ id: 'e1', time: {}, title: 'x', stage: 'attack' }] };
    const result = await loadPaths([tempData({ 'esc.json': incident })]);
    expect(result.incidents[0]!.incident.title).not.toBe(incident.title);
    const text = renderExportJson(selectAll(result));
    expect(text).not.toMatch(/[\u001b\u202e]/);
    expect(JSON.parse(text)).toEqual([incident]);
    const again = await loadPaths([tempData({ 'again.json': text })]);
    expect(again.diagnostics).toEqual([]);
    expect(again.incidents[0]!.original).toEqual(incident);
  });
});

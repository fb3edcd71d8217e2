import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_MARKS, isMarked, markCount, markedRowKeys, parseMarks, serializeMarks, toggleMark } from '../../src/core/marks.js';
import { MARKS_FILE_NAME, corruptName, marksFilePath, readMarksFile, writeMarksFile } from '../../src/load/marks-file.js';

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'itx-marks-'));
}

describe('marks', () => {
  it('toggles an event on and off without changing the value it was given', () => {
    const one = toggleMark(NO_MARKS, 'telemessage-2025', 'e06');
    expect(isMarked(one, 'telemessage-2025', 'e06')).toBe(true);
    expect(isMarked(NO_MARKS, 'telemessage-2025', 'e06')).toBe(false);
    const none = toggleMark(one, 'telemessage-2025', 'e06');
    expect(isMarked(none, 'telemessage-2025', 'e06')).toBe(false);
    expect(markCount(none)).toBe(0);
    expect(isMarked(one, 'telemessage-2025', 'e06')).toBe(true);
  });

  it('round-trips through the sidecar format, ids sorted', () => {
    let marks = toggleMark(NO_MARKS, 'okta-support-2023', 'e10');
    marks = toggleMark(marks, 'okta-support-2023', 'e02');
    marks = toggleMark(marks, 'colonial-pipeline-2021', 'e01');
    const text = serializeMarks(marks);
    expect(JSON.parse(text)).toEqual({ version: 1, marks: { 'colonial-pipeline-2021': ['e01'], 'okta-support-2023': ['e02', 'e10'] } });
    expect(Object.keys(JSON.parse(text).marks)).toEqual(['colonial-pipeline-2021', 'okta-support-2023']);
    const parsed = parseMarks(JSON.parse(text));
    expect(parsed.ok && [...markedRowKeys(parsed.marks)].sort()).toEqual(['colonial-pipeline-2021/e01', 'okta-support-2023/e02', 'okta-support-2023/e10']);
  });

  it.each([
    [[], 'must hold a JSON object'],
    [{ version: 2, marks: {} }, '"version" must be 1, not 2'],
    [{ version: 1 }, '"marks" must be an object'],
    [{ version: 1, marks: { tm: 'e01' } }, 'marks["tm"] must be a list'],
    [{ version: 1, marks: { tm: ['e01', 7] } }, 'marks["tm"][1] is not an event id: 7'],
    [{ version: 1, marks: { 'bad id': ['e01'] } }, '"bad id" is not an incident id'],
    [JSON.parse('{"version":1,"marks":{"__proto__":["e01"]}}'), '"__proto__" is not an incident id'],
  ])('rejects %j, naming what is wrong', (value, message) => {
    const parsed = parseMarks(value);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
});

describe('marks file', () => {
  it('lives beside the data the user names, or in the XDG state folder for the bundled data', () => {
    const dir = tempDir();
    const file = path.join(dir, 'incident.json');
    writeFileSync(file, '{}');
    expect(marksFilePath([dir])).toBe(path.join(dir, MARKS_FILE_NAME));
    expect(marksFilePath([file, '/elsewhere'])).toBe(path.join(dir, MARKS_FILE_NAME));
    expect(marksFilePath([], { XDG_STATE_HOME: '/state' })).toBe('/state/itx/marks.json');
    expect(marksFilePath(['-'], { HOME: '/home/u' })).toMatch(/\.local\/state\/itx\/marks\.json$/);
  });

  it('is empty when missing, and written then read back', () => {
    const file = path.join(tempDir(), 'nested', MARKS_FILE_NAME);
    expect(readMarksFile(file)).toEqual({ marks: NO_MARKS, diagnostics: [] });
    writeMarksFile(file, toggleMark(NO_MARKS, 'uber-2022', 'e03'));
    const read = readMarksFile(file);
    expect(read.diagnostics).toEqual([]);
    expect(isMarked(read.marks, 'uber-2022', 'e03')).toBe(true);
    expect(readdirSync(path.dirname(file))).toEqual([MARKS_FILE_NAME]);
  });

  it('reports a corrupt file at its line:col and sets it aside, keeping its bytes', () => {
    const dir = tempDir();
    const file = path.join(dir, MARKS_FILE_NAME);
    const broken = '{\n  "version": 1,\n  "marks": { "tm": ["e01",] }\n}\n';
    writeFileSync(file, broken);
    const now = new Date('2025-05-05T12:34:56.789Z');
    const read = readMarksFile(file, now);
    expect(read.marks.size).toBe(0);
    expect(read.diagnostics).toHaveLength(1);
    expect(read.diagnostics[0]).toMatchObject({ severity: 'warning', line: 3, column: 27 });
    expect(read.diagnostics[0]!.message).toMatch(/not a valid marks file: invalid JSON: trailing comma .* set aside as \.itx-marks\.json\.corrupt-20250505T123456Z, and marks start empty/);
    expect(readdirSync(dir)).toEqual([path.basename(corruptName(file, now))]);
    expect(readFileSync(corruptName(file, now), 'utf8')).toBe(broken);
  });

  it('sets aside a file of the wrong shape too', () => {
    const dir = tempDir();
    const file = path.join(dir, MARKS_FILE_NAME);
    writeFileSync(file, '{"version": 1, "marks": ["e01"]}');
    const read = readMarksFile(file, new Date('2025-01-01T00:00:00Z'));
    expect(read.diagnostics[0]!.message).toContain('"marks" must be an object');
    expect(readdirSync(dir)).toEqual(['.itx-marks.json.corrupt-20250101T000000Z']);
  });
});

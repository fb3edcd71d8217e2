import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadPaths } from '../../src/load/index.js';
import type { LoadResult } from '../../src/model/loaded.js';
import { exportIndexes, selectForExport, type ExportFilters, type ExportSelection } from '../../src/output/export/select.js';

/** The bundled incidents as the CLI loads them (data/ holds 8). */
export async function loadBundled(): Promise<LoadResult> {
  const result = await loadPaths(['data']);
  if (result.diagnostics.length > 0) throw new Error(`data/ should load cleanly: ${JSON.stringify(result.diagnostics[0])}`);
  return result;
}

/** A selection of a load with the given filters (none by default). */
export function selectAll(result: LoadResult, filters: Partial<ExportFilters> = {}): ExportSelection {
  return selectForExport(result.incidents, exportIndexes(result.incidents), { tactics: [], incidents: [], ...filters });
}

/** Writes incident files into a fresh temporary folder and returns it. */
export function tempData(files: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'itx-export-'));
  for (const [name, value] of Object.entries(files)) writeFileSync(path.join(dir, name), typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return dir;
}

/**
 * A strict RFC 4180 reader, independent of the writer: CRLF records, fields quoted with "" for
 * a quote, CR/LF allowed inside quotes. Throws on anything else, so a malformed file fails.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`bare quote in an unquoted field at ${i}`);
        field += text[i++];
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
      if (i === text.length) return records;
      continue;
    }
    throw new Error(i >= text.length ? 'the last record has no CRLF' : `unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
}

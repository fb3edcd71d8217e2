import type { z } from 'zod';
import { didYouMean } from '../core/did-you-mean.js';
import { SCHEMA_VERSION } from '../model/incident.js';
import type { DataPath } from './data-path.js';
import { describeValue, quote, typeName, typeOf, valueAt } from './describe-value.js';
import { fieldsAt } from './json-schema.js';

/** A schema problem in words a user can act on, with the path it concerns. */
export interface IssueReport {
  path: DataPath;
  message: string;
  /** Set when the problem is a member's name rather than its value (an unknown field). */
  key?: string;
}

type Issue = z.core.$ZodIssue;

/** Turns zod's issues for one incident into readable reports; `root` is the incident as parsed. */
export function explainIssues(issues: readonly Issue[], root: unknown): IssueReport[] {
  return issues.flatMap((issue) => explain(issue, root, []));
}

function explain(issue: Issue, root: unknown, base: DataPath): IssueReport[] {
  const path = [...base, ...issue.path];
  const value = valueAt(root, path);
  switch (issue.code) {
    case 'invalid_type':
      return [invalidType(path, value, issue.expected)];
    case 'invalid_value':
      return [invalidValue(path, value, issue.values)];
    case 'unrecognized_keys':
      return issue.keys.map((key) => unknownField(path, key));
    case 'invalid_format':
      return [{ path, message: `${formatMessage(issue)}, got ${describeValue(value)}` }];
    case 'too_big':
    case 'too_small':
      return [{ path, message: sizeMessage(issue, value) }];
    case 'invalid_union':
      return invalidUnion(issue, root, path, value);
    default:
      return [{ path, message: issue.message }];
  }
}

function invalidType(path: DataPath, value: unknown, expected: string): IssueReport {
  const field = path[path.length - 1];
  if (value === undefined && typeof field === 'string') {
    const parent = path.slice(0, -1);
    if (field === 'schemaVersion' && parent.length === 0) {
      return { path: parent, message: `missing "schemaVersion": add "schemaVersion": ${SCHEMA_VERSION} (the format version this file is written in)` };
    }
    return { path: parent, message: `missing required field "${field}" (${typeName(expected)})` };
  }
  return { path, message: `expected ${typeName(expected)}, got ${typeOf(value)}${typeof value === 'object' ? '' : ` ${describeValue(value)}`}` };
}

function invalidValue(path: DataPath, value: unknown, values: readonly unknown[]): IssueReport {
  if (path.length === 1 && path[0] === 'schemaVersion') {
    return { path, message: `this build of itx reads format version ${SCHEMA_VERSION}, got ${describeValue(value)}` };
  }
  const allowed = values.map(String);
  const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
  const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
  return { path, message: `expected one of ${allowed.join(', ')}, got ${describeValue(value)}${hint}` };
}

function unknownField(path: DataPath, key: string): IssueReport {
  const suggestion = didYouMean(key, fieldsAt(path));
  const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
  return { path, key, message: `unknown field ${quote(key)}${hint}` };
}

function formatMessage(issue: Extract<Issue, { code: 'invalid_format' }>): string {
  // Custom messages from the schema already read well; zod's generic one names the pattern.
  if (!issue.message.startsWith('Invalid')) return issue.message;
  return issue.pattern ? `expected text matching ${issue.pattern}` : `expected ${issue.format}`;
}

function sizeMessage(issue: Extract<Issue, { code: 'too_big' | 'too_small' }>, value: unknown): string {
  const bound = issue.code === 'too_big' ? `at most ${issue.maximum}` : `at least ${issue.minimum}`;
  if (typeof value === 'string') return `expected ${bound} characters, got ${value.length}: ${describeValue(value)}`;
  if (Array.isArray(value)) return `expected ${bound} items, got ${value.length}`;
  return `expected ${bound}, got ${describeValue(value)}`;
}

// A union fails as a whole; report the branch that matches the value's shape, else name the choices.
function invalidUnion(issue: Extract<Issue, { code: 'invalid_union' }>, root: unknown, path: DataPath, value: unknown): IssueReport[] {
  const shaped = issue.errors.find((branch) => !branch.some((e) => e.code === 'invalid_type' && e.path.length === 0));
  if (shaped) return shaped.flatMap((e) => explain(e, root, path));
  const expected = issue.errors.flatMap((branch) => branch.filter((e) => e.code === 'invalid_type').map((e) => typeName((e as { expected: string }).expected)));
  const choices = [...new Set(expected)].join(' or ');
  if (path.includes('entities') && typeof path[path.length - 1] === 'number') {
    return [{ path, message: `expected an entity id or {"ref": id, "role": text}, got ${describeValue(value)}` }];
  }
  return [{ path, message: `expected ${choices || 'another form'}, got ${describeValue(value)}` }];
}

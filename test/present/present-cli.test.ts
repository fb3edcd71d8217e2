// The built binary in a pipe, as scripts and `grep` see it. Needs `npm run build`.
import { describe, expect, it } from 'vitest';
import { itx } from '../cli/run-itx.js';

describe('itx present outside a terminal', () => {
  it('says it needs a terminal and what to use instead, exit 2', () => {
    const run = itx(['present', 'data', '--incident', 'telemessage-2025']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('present needs a terminal (stdin and stdout); for a document to hand out, use `itx export --format md`');
  });

  it('checks its options first: an unknown tactic is a usage error with a suggestion', () => {
    const run = itx(['present', 'data', '--tactic', 'inital-access']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown tactic "inital-access" for --tactic (did you mean');
  });

  it('is listed by --help', () => {
    expect(itx(['--help']).stdout).toMatch(/itx present \[paths\.\.\] +Present the events one per screen/);
  });
});

describe('itx [paths..] in a pipe', () => {
  it('prints the plain timeline, without colour, so grep finds events', () => {
    const run = itx(['data']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain('\u001b');
    const smarsh = run.stdout.split('\n').filter((l) => /smarsh/i.test(l));
    expect(smarsh).toEqual([expect.stringMatching(/^2025-05-05 +TM .*Smarsh says TeleMessage is investigating a potential security incident$/)]);
  });

  it('colours when FORCE_COLOR asks for it', () => {
    expect(itx(['data'], { env: { FORCE_COLOR: '1' } }).stdout).toContain('\u001b[');
  });
});

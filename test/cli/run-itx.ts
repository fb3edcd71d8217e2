import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** What a run of the built binary produced. */
export interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Runs `node bin/itx.js ...args` as a user would, in a pipe (not a terminal), without colour forcing. */
export function itx(args: readonly string[], options: { input?: string; env?: Record<string, string> } = {}): Run {
  if (!existsSync('dist/itx.js')) throw new Error('dist/itx.js is missing: run `npm run build` first (npm test does)');
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (!options.env?.FORCE_COLOR) delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  const result = spawnSync(process.execPath, ['bin/itx.js', ...args], {
    encoding: 'utf8',
    env,
    ...(options.input !== undefined && { input: options.input }),
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

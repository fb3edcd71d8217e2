// Whether a program is installed, for the floors that need one (less, fzf).
import { spawnSync } from 'node:child_process';

/** True when `name` is found on PATH. */
export function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

// CPU time of a running process, read from /proc (Linux), for "CPU time to the first frame".
import { readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** User + system CPU ms used so far by process `pid` (undefined where /proc is not readable). */
export function cpuMsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

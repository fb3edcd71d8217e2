// What the benchmark ran on: CPU, cores, Node, and how busy the machine was.
import os from 'node:os';

/** CPU model, core count, Node version, OS and the 1-minute load average right now. */
export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    memory: `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    load: os.loadavg()[0],
  };
}

/** The 1-minute load average, as printed beside a measurement. */
export function loadNow() {
  return os.loadavg()[0].toFixed(1);
}

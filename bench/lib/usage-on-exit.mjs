// Preloaded with `node --import` into a measured child: on exit, writes the process's own CPU
// time and peak RSS to the file named by ITX_BENCH_USAGE, so the benchmark can put CPU time
// beside wall time (on a busy machine the wall clock also counts other processes' work).
import { writeFileSync } from 'node:fs';

const file = process.env.ITX_BENCH_USAGE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ cpu: (usage.userCPUTime + usage.systemCPUTime) / 1000, maxRss: usage.maxRSS * 1024 }));
  });
}

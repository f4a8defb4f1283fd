/**
 * Preloaded with `node --import` when /usr/bin/time is missing: reports the process's own peak RSS and CPU time on exit, on
 * stderr, behind a marker measure.ts looks for. `exit` also fires on process.exit(), so early exits are covered.
 */
import { writeSync } from "node:fs";

process.on("exit", () => {
  const usage = process.resourceUsage();
  writeSync(2, `\nBENCH_MAXRSS_KB=${usage.maxRSS}\nBENCH_CPU_US=${usage.userCPUTime + usage.systemCPUTime}\n`);
});

import { readFileSync } from 'node:fs';

/**
 * CPU time of another process (a child under test) from /proc/<pid>/stat: utime + stime.
 * Linux only; elsewhere, or when the process is gone, NaN. Resolution is one clock tick (10 ms).
 */

/** Clock ticks per second; 100 on every Linux this runs on (getconf CLK_TCK). */
const TICKS_PER_SECOND = 100;

/** Total CPU milliseconds `pid` has used so far, or NaN when unknown. */
export function processCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 2 (comm) may hold spaces and parentheses: count fields from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return ((utime + stime) * 1000) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/**
 * Peak memory of a process and everything it starts (the build, and the
 * Chromium the export launches), sampled from /proc on Linux. Chromium's
 * processes share much of their memory, so their RSS would add up to more
 * than the machine gives them: the tree's memory is the sum of each
 * process's PSS (its private pages plus its share of shared ones).
 */
import { readdirSync, readFileSync } from 'node:fs';

/** The pid and its descendants, from each process's parent in /proc/<pid>/stat. */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name, in parentheses, may hold spaces: the fields after it are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(entry));
      children.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

/** `Pss:` of /proc/<pid>/smaps_rollup in KB, or `Rss` when asked; 0 once the process is gone. */
function memoryKb(pid: number, field: 'Pss' | 'Rss'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

export interface TreeMemory {
  /** Highest sum of PSS over the process and its descendants, in KB. */
  peakTreeKb: number;
  /** Highest RSS of the root process alone, in KB. */
  peakRootKb: number;
  stop: () => void;
}

/** Samples the tree of `pid` every `intervalMs` until stopped. */
export function sampleTreeMemory(pid: number, intervalMs = 250): TreeMemory {
  const memory: TreeMemory = {
    peakTreeKb: 0,
    peakRootKb: 0,
    stop: () => clearInterval(timer),
  };
  const sample = () => {
    const tree = descendants(pid);
    memory.peakTreeKb = Math.max(memory.peakTreeKb, tree.reduce((sum, p) => sum + memoryKb(p, 'Pss'), 0));
    memory.peakRootKb = Math.max(memory.peakRootKb, memoryKb(pid, 'Rss'));
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return memory;
}

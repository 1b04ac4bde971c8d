/**
 * Reading `astro build`'s log for the benchmarks: how long each phase took and
 * what the social cards cost. Vite writes a duration as `6ms`, `4.30s` or, past
 * a minute, `1m 12s`; Astro as `6ms` or `8.20s`.
 */

/** Seconds in a duration as Vite or Astro print it, or undefined when it is not one. */
export function seconds(text: string): number | undefined {
  const match = /^(?:(\d+)m)?\s*(?:([\d.]+)(ms|s))?$/.exec(text.trim());
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const minutes = Number(match[1] ?? 0) * 60;
  const rest = match[2] === undefined ? 0 : Number(match[2]) / (match[3] === 'ms' ? 1000 : 1);
  return minutes + rest;
}

const DURATION = String.raw`((?:\d+m)?\s*(?:[\d.]+(?:ms|s))?)`;

/** The phases the log times: the two Vite builds, page generation, our search-index and service-worker steps. */
export function buildPhases(log: string): string {
  const vite = [...log.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, 'g'))].map((m) => seconds(m[1]!));
  const pages = new RegExp(String.raw`generating static routes[\s\S]*?✓ Completed in ${DURATION}`).exec(log);
  const search = /\[search-index\] indexed \d+ pages in (\d+) ms/.exec(log);
  const worker = /\[offline\] service worker: .*\((\d+) ms\)/.exec(log);
  const s = (value: number | undefined) => (value === undefined ? '?' : `${value.toFixed(1)} s`);
  return [
    `Vite ${s(vite[0])} (server) + ${s(vite[1])} (client)`,
    `pages ${s(pages ? seconds(pages[1]!) : undefined)}`,
    `search index ${s(search ? Number(search[1]) / 1000 : undefined)}`,
    `service worker ${s(worker ? Number(worker[1]) / 1000 : undefined)}`,
  ].join(', ');
}

/** Astro logs each generated route with its time: "/og/zh/book.png (+73ms)". */
export function cardTimes(log: string): { count: number; ms: number } {
  const times = [...log.matchAll(/\/og\/\S+\.png \(\+([\d.]+)(ms|s)\)/g)].map((m) => Number(m[1]) * (m[2] === 's' ? 1000 : 1));
  return { count: times.length, ms: Math.round(times.reduce((a, b) => a + b, 0)) };
}

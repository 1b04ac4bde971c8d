import { describe, expect, it } from 'vitest';
import { buildPhases, cardTimes, seconds } from './build-log';

describe('reading the build log', () => {
  it('reads durations as Vite and Astro print them, past a minute too', () => {
    expect(seconds('6ms')).toBe(0.006);
    expect(seconds('4.30s')).toBe(4.3);
    expect(seconds('1m 12s')).toBe(72);
    expect(seconds('2m')).toBe(120);
    expect(seconds('soon')).toBeUndefined();
  });

  it('times each phase, a server build of over a minute included', () => {
    const log = [
      '01:00:00 [vite] ✓ built in 1m 12s',
      '01:01:12 [vite] ✓ built in 2.75s',
      '01:01:15 generating static routes',
      '01:01:20 ▶ /og/zh/book.png (+73ms)',
      '01:01:20 ▶ /og/en/book.png (+1.2s)',
      '01:02:20 ✓ Completed in 58.40s.',
      '01:02:30 [search-index] indexed 600 pages in 11600 ms',
      '01:02:35 [offline] service worker: precache 19 files, 380 KB (4100 ms)',
    ].join('\n');
    expect(buildPhases(log)).toBe('Vite 72.0 s (server) + 2.8 s (client), pages 58.4 s, search index 11.6 s, service worker 4.1 s');
    expect(cardTimes(log)).toEqual({ count: 2, ms: 1273 });
  });
});

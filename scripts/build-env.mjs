// Environment for every process that builds the site (npm scripts through
// scripts/current-node.mjs, and the benchmarks). Plain JavaScript: the launcher
// imports it on whatever Node it finds.
//
// Rolldown, which bundles the chapters, allocates with mimalloc, which keeps
// freed memory for a second (purge_delay 1000 ms) before giving it back to the
// system. Bundling frees and reallocates hundreds of megabytes a second, so a
// large build peaks measurably higher with the default; 0 gives memory back at
// once, at no cost in build time that we could measure (npm run bench:scale,
// docs/performance.md).
// A value already set in the environment wins.
export const BUILD_ENV = { MIMALLOC_PURGE_DELAY: '0' };

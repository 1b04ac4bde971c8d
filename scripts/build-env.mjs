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
//
// Node's own heap is given a ceiling of 1.2 GB. Without one, V8 sizes its heap
// from the machine's memory and lets garbage pile up between collections: on a
// 300-chapter book the build peaked markedly higher, and was no faster,
// although what it keeps alive at any moment stays far below the ceiling
// (docs/performance.md). A book several times larger may need more: set
// NODE_OPTIONS=--max-old-space-size=<MB> yourself.
//
// A value already set in the environment wins.
export const BUILD_ENV = { MIMALLOC_PURGE_DELAY: '0', NODE_OPTIONS: '--max-old-space-size=1200' };

/**
 * Where the build writes the list of files drawing a diagram needs, relative
 * to the site's root: the build writes it (src/diagrams/node/diagram-chunks.ts),
 * a page with diagrams fetches it (src/diagrams/browser/diagrams.ts), and
 * offline reading stores it with such a page (src/offline/node/offline.ts).
 */
export const DIAGRAM_CHUNK_LIST = 'diagram-chunks.json';

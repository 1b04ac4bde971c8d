/** The files a generated sw.js precaches, as Workbox writes its manifest into it: `{url:"…",revision:"…"}`. */
export function precachedFiles(workerSource: string): string[] {
  return [...workerSource.matchAll(/\{url:"([^"]+)",revision:"[0-9a-f]+"\}/g)].map((m) => m[1]!);
}

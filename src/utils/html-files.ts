import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every file under a folder, as full paths, skipping folders named in `skip`. */
export function filesUnder(dir: string, skip: readonly string[] = []): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return skip.includes(entry.name) ? [] : filesUnder(full, skip);
    return [full];
  });
}

/** Every .html file under a built site, skipping folders named in `skip` (such as Pagefind's bundle). */
export function htmlFiles(dir: string, skip: readonly string[] = []): string[] {
  return filesUnder(dir, skip).filter((file) => file.endsWith('.html'));
}

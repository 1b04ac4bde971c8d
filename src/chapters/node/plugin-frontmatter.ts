import type { VFile } from 'vfile';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

/**
 * Hands a value computed while compiling a chapter to its page: Astro exposes
 * what a remark plugin puts in the file's frontmatter as
 * `render(entry).remarkPluginFrontmatter[key]`.
 */
export function setPluginFrontmatter(file: VFile, key: string, value: unknown): void {
  const data = file.data as AstroFileData;
  data.astro ??= {};
  data.astro.frontmatter ??= {};
  data.astro.frontmatter[key] = value;
}

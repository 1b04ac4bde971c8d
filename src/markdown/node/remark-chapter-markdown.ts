import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { chapterMarkdown } from './chapter-markdown';
import { chapterApparatus, type ApparatusOptions } from '../../apparatus/node/chapter-apparatus';
import { setPluginFrontmatter } from '../../chapters/node/plugin-frontmatter';

/**
 * Records each chapter's Markdown for readers' tools (src/markdown/node/markdown-routes.ts)
 * as `remarkPluginFrontmatter.markdown`, from the tree the build parses anyway,
 * so the book is not parsed a second time. Runs before the plugins that
 * rewrite the tree: the Markdown is cut from the source by node positions.
 * A component without a Markdown form stops the build here, with file and line.
 */
export interface RemarkChapterMarkdownOptions {
  /** `<Glossary />` as Markdown, in the file's language (asked for only where it is used). */
  glossary: (file: VFile) => string;
  /** Numbers, cross-references and citations, resolved as on the page. */
  apparatus?: ApparatusOptions;
}

/** Images stay as written, marked for the route to point at the file the site serves. */
export const IMAGE_MARK = 'chapter-image:';

export function remarkChapterMarkdown(options: RemarkChapterMarkdownOptions) {
  return (tree: Root, file: VFile): void => {
    const context = {
      file: file.path,
      glossary: () => options.glossary(file),
      image: (src: string) => `${IMAGE_MARK}${src}`,
      ...(options.apparatus ? { apparatus: chapterApparatus(tree, file, options.apparatus) } : {}),
    };
    setPluginFrontmatter(file, 'markdown', chapterMarkdown(String(file.value), context, tree));
  };
}

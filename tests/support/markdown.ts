import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';

export interface RenderOptions {
  remark?: PluggableList;
  rehype?: PluggableList;
  /** The file's path: plugins read the language from it, and errors name it. */
  path?: string;
}

/** Markdown (with GFM) to HTML through the given plugins, the way a plugin's unit test needs it. */
export async function renderMarkdown(markdown: string, { remark = [], rehype = [], path = 'content/zh/a.mdx' }: RenderOptions = {}): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remark)
    .use(remarkRehype)
    .use(rehype)
    .use(rehypeStringify)
    .process(new VFile({ path, value: markdown }));
  return String(file);
}

import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { IMAGE_MARK, remarkChapterMarkdown } from './remark-chapter-markdown';

const run = async (value: string, glossary = () => '- **term**: definition') => {
  const file = new VFile({ path: 'content/en/x.mdx', value });
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkChapterMarkdown, { glossary });
  await processor.run(processor.parse(file), file);
  return (file.data as { astro?: { frontmatter?: { markdown?: string } } }).astro?.frontmatter?.markdown;
};

describe('remarkChapterMarkdown', () => {
  it('records the chapter’s Markdown as remarkPluginFrontmatter.markdown, from the tree already parsed', async () => {
    expect(await run('## A\n\nText with $x$.\n\n<Glossary />')).toBe('## A\n\nText with $x$.\n\n- **term**: definition\n');
  });

  it('marks images for the route to point at the served file', async () => {
    expect(await run('![Alt](./images/a.png)')).toBe(`![Alt](${IMAGE_MARK}./images/a.png)\n`);
  });

  it('asks for the glossary only where <Glossary /> is used', async () => {
    let asked = 0;
    await run('Plain text.', () => String((asked += 1)));
    expect(asked).toBe(0);
  });

  it('stops the build on a component without a Markdown form', async () => {
    await expect(run('<Chart />')).rejects.toThrow('content/en/x.mdx:1:1: <Chart> has no Markdown form');
  });
});

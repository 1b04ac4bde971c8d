import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkUserComponents } from './remark-user-components';

const check = async (md: string) => {
  const processor = unified().use(remarkParse).use(remarkMdx).use(remarkUserComponents, { names: ['Tabs', 'TabItem', 'Glossary'] });
  const file = new VFile({ path: 'content/zh/a.mdx', value: md });
  await processor.run(processor.parse(file), file);
};

describe('remarkUserComponents', () => {
  it('allows the known components, HTML elements and components the chapter imports', async () => {
    await expect(check('<Tabs>\n<TabItem label="a">\n\nx\n\n</TabItem>\n</Tabs>\n\n<Glossary />\n\n<span>x</span>')).resolves.toBeUndefined();
    await expect(check("import Chart from './Chart.astro';\n\n<Chart />")).resolves.toBeUndefined();
    await expect(check("import { Chart as Plot, Table } from './charts.ts';\n\n<Plot />\n\n<Table />")).resolves.toBeUndefined();
    await expect(check('export const Note = () => null;\n\n<Note />')).resolves.toBeUndefined();
  });

  it('does not take a capitalised word elsewhere in an import for an imported component', async () => {
    // The path and a comment mention Chart; only Plot is imported.
    const error = String(await check("import Plot from './Chart.astro'; // Chart\n\n<Chart />").catch((e: unknown) => e));
    expect(error).toContain('Unknown component <Chart>');
  });

  it('stops on an unknown or misspelt component, naming the file, the line and the known ones', async () => {
    const error = String(await check('Intro.\n\n<Tab label="x">y</Tab>').catch((e: unknown) => e));
    expect(error).toContain('content/zh/a.mdx:3:1');
    expect(error).toContain('Unknown component <Tab>: a chapter can use <Tabs>, <TabItem>, <Glossary>');
  });
});

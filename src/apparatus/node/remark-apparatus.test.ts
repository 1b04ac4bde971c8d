import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../tests/support/markdown';
import { remarkFigures } from '../../authoring/node/remark-figures';
import { chapterMarkdown } from '../../markdown/node/chapter-markdown';
import { buildBookIndex } from './book-index';
import { chapterApparatus, type ApparatusOptions } from './chapter-apparatus';
import { rehypeSectionNumbers } from './rehype-section-numbers';
import { remarkApparatus } from './remark-apparatus';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import { unified } from 'unified';
import type { Root } from 'mdast';

const bib = path.join(import.meta.dirname, 'fixtures', 'sample.bib');
const front = (part: string, order: number) => `---\ntitle: T\ndescription: D\npart: ${part}\norder: ${order}\n---\n\n`;

/** A book in a temporary folder: parts.yaml and the given chapters, `zh/x.mdx` → body (frontmatter added). */
function book(chapters: Record<string, [part: string, order: number, body: string]>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'apparatus-'));
  writeFileSync(
    path.join(dir, 'parts.yaml'),
    '- id: main\n  order: 1\n  title: { zh: 主, en: Main }\n- id: reference\n  order: 2\n  numbered: false\n  title: { zh: 参考, en: Reference }\n',
  );
  for (const locale of ['zh', 'en']) mkdirSync(path.join(dir, locale));
  for (const [file, [part, order, body]] of Object.entries(chapters)) writeFileSync(path.join(dir, file), front(part, order) + body);
  return dir;
}

const options = (dir: string): ApparatusOptions => ({
  contentDir: dir,
  bibliography: bib,
  localeOf: (file) => (/[\\/]en[\\/]/.test(file.path) ? 'en' : 'zh'),
});

/** One chapter of the book through the apparatus, the figure plugin and Astro's heading ids, as HTML. */
const render = (dir: string, file: string, body: string) =>
  renderMarkdown(body, {
    path: path.join(dir, file),
    remark: [remarkMath, [remarkApparatus, options(dir)], [remarkFigures, { widths: [480], sizes: '100vw' }]],
    rehype: [rehypeHeadingIds, rehypeSectionNumbers],
  });
const failure = (promise: Promise<unknown>) => promise.then(() => 'no error', (error: unknown) => String(error));

const ALGORITHMS = [
  '## Basics',
  '',
  '(sec-loss)=',
  '### Loss',
  '',
  'See [@fig-descent] and [@eq-update], and [@tbl-rates].',
  '',
  '(fig-descent)=',
  '![Descent](./d.png "Steps downhill")',
  '',
  '(eq-update)=',
  '$$',
  'w \\leftarrow w - \\eta g',
  '$$',
  '',
  '(tbl-rates)=',
  '| rate | steps |',
  '| --- | --- |',
  '| 0.1 | 20 |',
  '',
  ': Rates tried',
  '',
].join('\n');
const ALGORITHMS_ZH = ALGORITHMS.replace('Basics', '基础').replace('Loss', '损失');
const twoChapters = () =>
  book({
    'zh/intro.mdx': ['main', 1, '## 引言\n\n见[@sec-loss]与[@eq-update]。\n'],
    'en/intro.mdx': ['main', 1, '## Intro\n\nSee [@sec-loss] and [@eq-update].\n'],
    'zh/algorithms.mdx': ['main', 2, ALGORITHMS_ZH],
    'en/algorithms.mdx': ['main', 2, ALGORITHMS],
    'zh/faq.mdx': ['reference', 1, '## 问题\n'],
    'en/faq.mdx': ['reference', 1, '## Questions\n'],
  });

describe('numbering and cross-references', () => {
  const dir = twoChapters();

  it('numbers sections, figures, tables and equations by chapter, in either language', async () => {
    const html = await render(dir, 'en/algorithms.mdx', ALGORITHMS);
    expect(html).toContain('<h2 id="basics"><span class="section-number">2.1</span> Basics</h2>');
    expect(html).toContain('<h3 id="sec-loss"><span class="section-number">2.1.1</span> Loss</h3>');
    expect(html).toContain(
      '<figure class="figure" id="fig-descent"><img src="./d.png" alt="Descent" widths="480" sizes="100vw"><figcaption><span class="caption-number">Figure 2.1</span>: Steps downhill</figcaption></figure>',
    );
    expect(html).toContain('<div id="eq-update" class="equation"><pre><code class="language-math math-display">w \\leftarrow w - \\eta g</code></pre><span class="equation-number">(2.1)</span></div>');
    expect(html).toContain('<figure id="tbl-rates" class="table-figure"><figcaption><span class="caption-number">Table 2.1</span>: Rates tried</figcaption><table>');
    expect(html).not.toContain('(fig-descent)=');
    expect(html).not.toContain(': Rates tried</p>');
    const zh = await render(dir, 'zh/algorithms.mdx', ALGORITHMS_ZH);
    expect(zh).toContain('<span class="caption-number">图 2.1</span>　Steps downhill');
    expect(zh).toContain('<a href="#fig-descent" class="xref">图 2.1</a>');
    expect(zh).toContain('<a href="#eq-update" class="xref">式 (2.1)</a>');
    expect(zh).toContain('<a href="#tbl-rates" class="xref">表 2.1</a>');
  });

  it('links a reference within the chapter and across chapters', async () => {
    expect(await render(dir, 'en/algorithms.mdx', ALGORITHMS)).toContain(
      'See <a href="#fig-descent" class="xref">Figure 2.1</a> and <a href="#eq-update" class="xref">Equation (2.1)</a>, and <a href="#tbl-rates" class="xref">Table 2.1</a>.',
    );
    const intro = await render(dir, 'en/intro.mdx', '## Intro\n\nSee [@sec-loss] and [@eq-update].\n');
    expect(intro).toContain('<a href="../algorithms/#sec-loss" class="xref">Section 2.1.1</a> and <a href="../algorithms/#eq-update" class="xref">Equation (2.1)</a>');
    const zh = await render(dir, 'zh/intro.mdx', '## 引言\n\n见[@sec-loss]与[@eq-update]。\n');
    expect(zh).toContain('见<a href="../algorithms/#sec-loss" class="xref">第 2.1.1 节</a>与');
    const spaced = await render(dir, 'zh/intro.mdx', '## 引言\n\n如[@eq-update]所示。\n');
    expect(spaced).toContain('如<a href="../algorithms/#eq-update" class="xref">式 (2.1)</a> 所示。');
  });

  it('gives a table without a label its caption, unnumbered', async () => {
    const html = await render(dir, 'en/faq.mdx', '| a |\n| - |\n| 1 |\n\n: Plain caption\n');
    expect(html).toMatch(/^<figure class="table-figure"><figcaption>Plain caption<\/figcaption><table>/);
  });

  it('leaves chapters of an unnumbered part without numbers', async () => {
    expect(await render(dir, 'en/faq.mdx', '## Questions\n')).toBe('<h2 id="questions">Questions</h2>');
  });

  it('stops on an unknown label, naming the file and line', async () => {
    const error = await failure(render(dir, 'en/algorithms.mdx', `${ALGORITHMS}\nAnd [@fig-nowhere].\n`));
    expect(error).toMatch(/en[\\/]algorithms\.mdx:23:1/);
    expect(error).toContain('Unknown label "fig-nowhere"');
  });

  it('stops on a bracket that mixes cross-references and citations', async () => {
    const error = await failure(render(dir, 'en/algorithms.mdx', `${ALGORITHMS}\nBoth [@fig-descent; @vaswani2017].\n`));
    expect(error).toMatch(/en[\\/]algorithms\.mdx:23:1/);
    expect(error).toContain('mixes cross-references and citations');
  });

  it('stops on a label that does not stand before its kind of block', async () => {
    const body = ALGORITHMS.replace('(tbl-rates)=\n|', '(eq-rates)=\n|').replace('[@tbl-rates]', '[@eq-rates]');
    const error = await failure(render(book({ 'zh/algorithms.mdx': ['main', 1, body], 'en/algorithms.mdx': ['main', 1, body] }), 'en/algorithms.mdx', body));
    expect(error).toMatch(/algorithms\.mdx:16:1/);
    expect(error).toContain('Label (eq-rates)= must stand on the line just before a display formula');
  });

  it('writes the numbers into the chapter’s Markdown for tools', () => {
    const file = new VFile({ path: path.join(dir, 'en/algorithms.mdx'), value: ALGORITHMS });
    const tree = unified().use(remarkParse).use(remarkMdx).use(remarkMath).use(remarkGfm).parse(ALGORITHMS) as Root;
    const markdown = chapterMarkdown(ALGORITHMS, {
      file: file.path,
      glossary: () => '',
      image: (src) => src,
      apparatus: chapterApparatus(tree, file, options(dir)),
    }, tree);
    expect(markdown).toContain('## 2.1 Basics');
    expect(markdown).toContain('### 2.1.1 Loss');
    expect(markdown).toContain('See Figure 2.1 and Equation (2.1), and Table 2.1.');
    expect(markdown).toContain('![Descent](./d.png "Figure 2.1: Steps downhill")');
    expect(markdown).toContain('w \\leftarrow w - \\eta g\n\\tag{2.1}\n$$');
    expect(markdown).toContain('| 0.1 | 20 |\n\n*Table 2.1: Rates tried*');
    expect(markdown).not.toContain(')=');
  });
});

describe('the book’s index of labels', () => {
  it('stops on a label declared twice in a language, naming both places', () => {
    const body = '(fig-a)=\n![A](./a.png)\n';
    const dir = book({ 'zh/a.mdx': ['main', 1, body], 'en/a.mdx': ['main', 1, body], 'zh/b.mdx': ['main', 2, body], 'en/b.mdx': ['main', 2, '\n'] });
    expect(() => buildBookIndex(dir)).toThrow(/zh[\\/]b\.mdx:8: label "fig-a" is already declared at .*zh[\\/]a\.mdx:8/);
  });

  it('knows every key the chapters cite, outside code, to list the entries no chapter cites', () => {
    const dir = book({
      'zh/a.mdx': ['main', 1, '见[@a2020; @b2021]与 @c2022。\n\n```md\n[@inside2020]\n```\n\n`[@span2020]`\n'],
      'en/a.mdx': ['main', 1, 'See [@fig-x] and @d2023.\n'],
    });
    expect([...buildBookIndex(dir).cited].sort()).toEqual(['a2020', 'b2021', 'c2022', 'd2023']);
  });

  it('stops on a label in one language only, or numbered differently', () => {
    const dir = book({ 'zh/a.mdx': ['main', 1, '(fig-a)=\n![A](./a.png)\n'], 'en/a.mdx': ['main', 1, 'Text.\n'] });
    expect(() => buildBookIndex(dir)).toThrow(/zh[\\/]a\.mdx:8: label "fig-a" has no twin in en/);
    const moved = book({
      'zh/a.mdx': ['main', 1, '(fig-b)=\n![B](./b.png)\n\n(fig-a)=\n![A](./a.png)\n'],
      'en/a.mdx': ['main', 1, '(fig-a)=\n![A](./a.png)\n\n(fig-b)=\n![B](./b.png)\n'],
    });
    expect(() => buildBookIndex(moved)).toThrow(/label "fig-a" is 1\.1 in a, but 1\.2 in a/);
  });
});

describe('citations', () => {
  const dir = book({ 'zh/a.mdx': ['main', 1, '\n'], 'en/a.mdx': ['main', 1, '\n'] });

  it('numbers citations in order of first use and ends the chapter with its references', async () => {
    const html = await render(dir, 'en/a.mdx', 'As @vaswani2017 showed [@rumelhart1986, p. 535; @vaswani2017].\n');
    expect(html).toContain(
      'As Vaswani et al. <span class="citation-group"><a href="#ref-vaswani2017" class="citation">[1]</a></span> showed <span class="citation-group"><a href="#ref-rumelhart1986" class="citation">[2, p. 535]</a>, <a href="#ref-vaswani2017" class="citation">[1]</a></span>.',
    );
    expect(html).toContain('<h2 id="references" class="references-title">References</h2>');
    expect(html).toMatch(/<ol class="references"><li id="ref-vaswani2017"><span class="reference-number">\[1\]<\/span> A\. Vaswani <i>et al\.<\/i>, “Attention is all you need,”/);
    expect(html).toMatch(/<li id="ref-rumelhart1986"><span class="reference-number">\[2\]<\/span> D\. E\. Rumelhart/);
  });

  it('writes GB/T 7714 citations as superscripts, joining runs', async () => {
    const html = await render(dir, 'zh/a.mdx', '见[@rumelhart1986; @vaswani2017; @radford2022]，又见 @bird2009 。\n');
    expect(html).toContain(
      '见<sup class="citation-group">[<a href="#ref-rumelhart1986" class="citation">1</a>-<a href="#ref-radford2022" class="citation">3</a>]</sup>，又见 Bird 等<sup class="citation-group">[<a href="#ref-bird2009" class="citation">4</a>]</sup> 。',
    );
    expect(html).toContain('<h2 id="references" class="references-title">参考文献</h2>');
    expect(html).toContain('RUMELHART D E, HINTON G E, WILLIAMS R J. Learning representations by back-propagating errors[J/OL]');
  });

  it('stops on an unknown key, naming the file and line', async () => {
    const error = await failure(render(dir, 'en/a.mdx', 'Text.\n\nCited [@nobody2020].\n'));
    expect(error).toMatch(/en[\\/]a\.mdx:3:1/);
    expect(error).toContain('Unknown citation key "nobody2020"');
  });
});

import type { Blockquote, Code, FootnoteDefinition, FootnoteReference, Heading, Image, Paragraph, Text } from 'mdast';
import { labelOfLine } from '../../src/apparatus/node/labels';
import { isCrossReference, parseReferences } from '../../src/apparatus/node/reference-syntax';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { calloutMarker } from '../../src/authoring/node/remark-callouts';
import { countPageFeatures } from '../../src/chapters/node/remark-page-features';
import { tabSets } from '../../src/authoring/node/remark-tabs';
import { allChapters, type ChapterSource } from '../../scripts/lib/mdx';

/**
 * A reader who switches language lands on the same chapter: the two languages
 * have the same sections, the same formulas, the same code and the same
 * number of diagrams (whose labels are translated).
 */
const chapters = allChapters();
const slugs = [...new Set(chapters.map((c) => c.slug))];

function outline(chapter: ChapterSource) {
  const headings: number[] = [];
  const displayMath: string[] = [];
  const inlineMath: string[] = [];
  const code: string[] = [];
  const callouts: string[] = [];
  const footnoteRefs: string[] = [];
  const footnotes: string[] = [];
  const images: string[] = [];
  const components: string[] = [];
  const labels: string[] = [];
  const crossReferences: string[] = [];
  const citations: string[] = [];
  visit(chapter.tree, (node) => {
    if (node.type === 'paragraph') {
      const only = (node as Paragraph).children;
      const label = only.length === 1 && only[0]!.type === 'text' ? labelOfLine(only[0].value) : undefined;
      if (label) labels.push(label);
    }
    if (node.type === 'text') {
      for (const segment of parseReferences((node as Text).value) ?? []) {
        if (segment.type !== 'cite') continue;
        for (const item of segment.items) (isCrossReference(item.key) ? crossReferences : citations).push(item.key);
      }
    }
    if (node.type === 'blockquote') {
      const marker = calloutMarker(node as Blockquote);
      if (marker) callouts.push(marker.type);
    }
    if (node.type === 'footnoteReference') footnoteRefs.push((node as FootnoteReference).identifier);
    if (node.type === 'footnoteDefinition') footnotes.push((node as FootnoteDefinition).identifier);
    // Each language may have its own copy of a figure (its labels translated), under the same file name.
    if (node.type === 'image') images.push((node as Image).url.split('/').pop() ?? '');
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') components.push(String((node as { name?: string }).name));
    if (node.type === 'heading') headings.push((node as Heading).depth);
    if (node.type === 'math') displayMath.push((node as { value: string }).value.trim());
    // Word order differs between the languages, so inline formulas are compared as a set.
    if (node.type === 'inlineMath') inlineMath.push((node as { value: string }).value.trim());
    if (node.type === 'code' && (node as Code).lang !== 'mermaid') code.push(`${(node as Code).lang}\n${(node as Code).value}`);
  });
  return {
    headings,
    displayMath,
    inlineMath: inlineMath.sort(),
    code,
    callouts,
    footnoteRefs,
    footnotes,
    images,
    components,
    labels,
    // Sentences are ordered differently in the two languages: references are compared as a multiset,
    crossReferences: crossReferences.sort(),
    // and citations by order of first use, which numbers them.
    citations: [...new Set(citations)],
    tabSets: tabSets(chapter.tree),
    features: countPageFeatures(chapter.tree),
  };
}

describe('the two languages of each chapter', () => {
  it('cover the same chapters', () => {
    const zh = chapters.filter((c) => c.locale === 'zh').map((c) => c.slug);
    const en = chapters.filter((c) => c.locale === 'en').map((c) => c.slug);
    expect(zh).toEqual(en);
    expect(zh.length).toBe(15);
  });

  it.each(slugs)('%s: same headings, formulas, code and diagrams', (slug) => {
    const zh = chapters.find((c) => c.slug === slug && c.locale === 'zh')!;
    const en = chapters.find((c) => c.slug === slug && c.locale === 'en')!;
    const a = outline(zh);
    const b = outline(en);
    expect(b.headings, `${en.file} vs ${zh.file}: heading levels`).toEqual(a.headings);
    expect(b.displayMath, `${en.file} vs ${zh.file}: display formulas`).toEqual(a.displayMath);
    expect(b.inlineMath, `${en.file} vs ${zh.file}: inline formulas`).toEqual(a.inlineMath);
    expect(b.code, `${en.file} vs ${zh.file}: code blocks (outputs included)`).toEqual(a.code);
    expect(b.features.diagrams, `${en.file} vs ${zh.file}: diagrams`).toBe(a.features.diagrams);
    expect(b.callouts, `${en.file} vs ${zh.file}: callout types, in order`).toEqual(a.callouts);
    expect(b.footnoteRefs, `${en.file} vs ${zh.file}: footnote references, in order`).toEqual(a.footnoteRefs);
    expect(b.footnotes, `${en.file} vs ${zh.file}: footnotes`).toEqual(a.footnotes);
    expect(b.images, `${en.file} vs ${zh.file}: figures`).toEqual(a.images);
    expect(b.labels, `${en.file} vs ${zh.file}: labels, in order`).toEqual(a.labels);
    expect(b.crossReferences, `${en.file} vs ${zh.file}: cross-references`).toEqual(a.crossReferences);
    expect(b.citations, `${en.file} vs ${zh.file}: citation keys, in order of first citation`).toEqual(a.citations);
    expect(b.components, `${en.file} vs ${zh.file}: components (tab sets, tabs, glossary)`).toEqual(a.components);
    expect(b.tabSets, `${en.file} vs ${zh.file}: tab sets and their labels`).toEqual(a.tabSets);
  });

  it.each(chapters.map((c) => [c.file, c] as const))('%s has no h1 in its body (the layout prints the title)', (_f, chapter) => {
    const h1: number[] = [];
    visit(chapter.tree, 'heading', (node) => {
      if (node.depth === 1) h1.push(node.position?.start.line ?? 0);
    });
    expect(h1).toEqual([]);
  });
});

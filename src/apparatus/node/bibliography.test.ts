import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadBibliography, type FormattedEntry } from './bibliography';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = path.join(here, 'fixtures', 'sample.bib');
const references = path.join(here, '..', '..', '..', 'content', 'references.bib');
const ORDER = ['rumelhart1986', 'vaswani2017', 'radford2022', 'bird2009', 'openai2015'] as const;

/** GB/T 7714-2015 numeric (顺序编码制), as the official CSL style formats the fixture. */
const ZH: Record<(typeof ORDER)[number], { text: string; markdown: string }> = {
  rumelhart1986: {
    text: "RUMELHART D E, HINTON G E, WILLIAMS R J. Learning representations by back-propagating errors[J/OL]. Nature, 1986, 323(6088): 533-536. DOI:10.1038/323533a0.",
    markdown: "RUMELHART D E, HINTON G E, WILLIAMS R J. Learning representations by back-propagating errors\\[J/OL\\]. Nature, 1986, 323(6088): 533-536. DOI:[10.1038/323533a0](https://doi.org/10.1038/323533a0).",
  },
  vaswani2017: {
    text: "VASWANI A, SHAZEER N, PARMAR N, 等. Attention is all you need[C/OL]//Advances in Neural Information Processing Systems 30. Curran Associates, Inc., 2017: 5998-6008. https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html.",
    markdown: "VASWANI A, SHAZEER N, PARMAR N, 等. Attention is all you need\\[C/OL\\]//Advances in Neural Information Processing Systems 30. Curran Associates, Inc., 2017: 5998-6008. [https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html](https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html).",
  },
  radford2022: {
    text: "RADFORD A, KIM J W, XU T, 等. Robust speech recognition via large-scale weak supervision[A/OL]. arXiv, 2022. DOI:10.48550/arXiv.2212.04356.",
    markdown: "RADFORD A, KIM J W, XU T, 等. Robust speech recognition via large-scale weak supervision\\[A/OL\\]. arXiv, 2022. DOI:[10.48550/arXiv.2212.04356](https://doi.org/10.48550/arXiv.2212.04356).",
  },
  bird2009: {
    text: "BIRD S, KLEIN E, LOPER E. Natural Language Processing with Python[M]. Sebastopol, CA: O’Reilly Media, 2009.",
    markdown: "BIRD S, KLEIN E, LOPER E. Natural Language Processing with Python\\[M\\]. Sebastopol, CA: O’Reilly Media, 2009.",
  },
  openai2015: {
    text: "OPENAI. Introducing OpenAI[EB/OL]. (2015-12-11)[2025-01-15]. https://openai.com/index/introducing-openai/.",
    markdown: "OPENAI. Introducing OpenAI\\[EB/OL\\]. (2015-12-11)\\[2025-01-15\\]. [https://openai.com/index/introducing-openai/](https://openai.com/index/introducing-openai/).",
  },
};

/** IEEE, as the official CSL style formats the fixture. */
const EN: Record<(typeof ORDER)[number], { text: string; markdown: string }> = {
  rumelhart1986: {
    text: "D. E. Rumelhart, G. E. Hinton, and R. J. Williams, “Learning representations by back-propagating errors,” Nature, vol. 323, no. 6088, pp. 533–536, 1986, doi: 10.1038/323533a0.",
    markdown: "D. E. Rumelhart, G. E. Hinton, and R. J. Williams, “Learning representations by back-propagating errors,” *Nature*, vol. 323, no. 6088, pp. 533–536, 1986, doi: [10.1038/323533a0](https://doi.org/10.1038/323533a0).",
  },
  vaswani2017: {
    text: "A. Vaswani et al., “Attention is all you need,” in Advances in Neural Information Processing Systems 30, Curran Associates, Inc., 2017, pp. 5998–6008. [Online]. Available: https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html",
    markdown: "A. Vaswani *et al.*, “Attention is all you need,” in *Advances in Neural Information Processing Systems 30*, Curran Associates, Inc., 2017, pp. 5998–6008. \\[Online\\]. Available: [https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html](https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html)",
  },
  radford2022: {
    text: "A. Radford, J. W. Kim, T. Xu, G. Brockman, C. McLeavey, and I. Sutskever, “Robust speech recognition via large-scale weak supervision,” 2022, arXiv: arXiv:2212.04356. doi: 10.48550/arXiv.2212.04356.",
    markdown: "A. Radford, J. W. Kim, T. Xu, G. Brockman, C. McLeavey, and I. Sutskever, “Robust speech recognition via large-scale weak supervision,” 2022, *arXiv*: arXiv:2212.04356. doi: [10.48550/arXiv.2212.04356](https://doi.org/10.48550/arXiv.2212.04356).",
  },
  bird2009: {
    text: "S. Bird, E. Klein, and E. Loper, Natural Language Processing with Python. Sebastopol, CA: O’Reilly Media, 2009.",
    markdown: "S. Bird, E. Klein, and E. Loper, *Natural Language Processing with Python*. Sebastopol, CA: O’Reilly Media, 2009.",
  },
  openai2015: {
    text: "OpenAI, “Introducing OpenAI.” Accessed: Jan. 15, 2025. [Online]. Available: https://openai.com/index/introducing-openai/",
    markdown: "OpenAI, “Introducing OpenAI.” Accessed: Jan. 15, 2025. \\[Online\\]. Available: [https://openai.com/index/introducing-openai/](https://openai.com/index/introducing-openai/)",
  },
};

const text = (entry: FormattedEntry) => toText({ type: 'root', children: entry.hast });

function hrefs(nodes: readonly ElementContent[]): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (node.tagName === 'a') out.push(String((node as Element).properties.href));
    out.push(...hrefs(node.children));
  }
  return out;
}

// No network: citation-js and citeproc must never fetch a style, a locale or an entry.
beforeAll(() => {
  vi.stubGlobal('fetch', () => {
    throw new Error('network access during a bibliography test');
  });
});
afterAll(() => {
  vi.unstubAllGlobals();
});

describe('loadBibliography: the fixture', () => {
  const bib = loadBibliography(fixture);

  it('lists every key and the line of its entry', () => {
    expect([...bib.keys].sort()).toEqual([...ORDER].sort());
    expect(bib.line('rumelhart1986')).toBe(3);
    expect(bib.line('openai2015')).toBe(44);
    expect(bib.line('nope')).toBeUndefined();
  });

  it('formats each kind of entry in GB/T 7714-2015 (zh)', () => {
    const entries = bib.format(ORDER, 'zh');
    for (const entry of entries) {
      const key = entry.key as (typeof ORDER)[number];
      expect(text(entry)).toBe(ZH[key].text);
      expect(entry.markdown).toBe(ZH[key].markdown);
    }
  });

  it('formats each kind of entry in IEEE (en)', () => {
    const entries = bib.format(ORDER, 'en');
    for (const entry of entries) {
      const key = entry.key as (typeof ORDER)[number];
      expect(text(entry)).toBe(EN[key].text);
      expect(entry.markdown).toBe(EN[key].markdown);
    }
  });

  it('drops the "[n]" label and citeproc\'s wrappers', () => {
    for (const locale of ['zh', 'en'] as const) {
      for (const entry of bib.format(ORDER, locale)) {
        expect(text(entry)).not.toMatch(/^\s*\[\d+\]/);
        expect(entry.markdown).not.toMatch(/^\\?\[\d+/);
        expect(entry.hast.some((node) => node.type === 'element' && node.tagName === 'div')).toBe(false);
      }
    }
  });

  it('links the DOI, the arXiv DOI or the URL as <a href>', () => {
    for (const locale of ['zh', 'en'] as const) {
      const links = Object.fromEntries(bib.format(ORDER, locale).map((entry) => [entry.key, hrefs(entry.hast)]));
      expect(links).toEqual({
        rumelhart1986: ['https://doi.org/10.1038/323533a0'],
        vaswani2017: ['https://proceedings.neurips.cc/paper/2017/hash/3f5ee243547dee91fbd053c1c4a845aa-Abstract.html'],
        radford2022: ['https://doi.org/10.48550/arXiv.2212.04356'],
        bird2009: [],
        openai2015: ['https://openai.com/index/introducing-openai/'],
      });
    }
  });

  it('numbers entries in the order given', () => {
    const order = ['openai2015', 'vaswani2017', 'bird2009'];
    const entries = bib.format(order, 'en');
    expect(entries.map((entry) => [entry.number, entry.key])).toEqual([
      [1, 'openai2015'],
      [2, 'vaswani2017'],
      [3, 'bird2009'],
    ]);
    // The same entry's text does not depend on its position.
    expect(text(entries[0]!)).toBe(EN.openai2015.text);
  });

  it('returns fresh hast on every call', () => {
    const [a] = bib.format(['bird2009'], 'zh');
    const [b] = bib.format(['bird2009'], 'zh');
    expect(a!.hast).not.toBe(b!.hast);
    expect(a!.hast).toEqual(b!.hast);
  });

  it('throws on an unknown key, naming it', () => {
    expect(() => bib.format(['vaswani2017', 'nosuchkey2099'], 'en')).toThrow(/nosuchkey2099/);
    expect(() => bib.narrative('nosuchkey2099', 'zh')).toThrow(/nosuchkey2099/);
  });

  it('gives narrative citations', () => {
    expect(bib.narrative('vaswani2017', 'en')).toBe('Vaswani et al.');
    expect(bib.narrative('vaswani2017', 'zh')).toBe('Vaswani 等');
    expect(bib.narrative('bird2009', 'en')).toBe('Bird et al.');
    expect(bib.narrative('openai2015', 'en')).toBe('OpenAI');
    expect(bib.narrative('openai2015', 'zh')).toBe('OpenAI');
  });

  it('memoises the file', () => {
    expect(loadBibliography(fixture)).toBe(bib);
  });
});

describe('loadBibliography: errors and reloads', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bibliography-'));
  const write = (name: string, body: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, body);
    return file;
  };

  it('names one and two authors', () => {
    const file = write(
      'names.bib',
      `@article{one, author = {Kingma, Diederik P.}, title = {T}, journal = {J}, year = {2015}}
@article{two, author = {Kingma, Diederik P. and Ba, Jimmy}, title = {T}, journal = {J}, year = {2015}}
@article{particle, author = {{van den Oord}, A{\\"a}ron and Dieleman, Sander and Zen, Heiga}, title = {T}, journal = {J}, year = {2016}}
`,
    );
    const bib = loadBibliography(file);
    expect(bib.narrative('one', 'en')).toBe('Kingma');
    expect(bib.narrative('one', 'zh')).toBe('Kingma');
    expect(bib.narrative('two', 'en')).toBe('Kingma and Ba');
    expect(bib.narrative('two', 'zh')).toBe('Kingma 和 Ba');
    expect(bib.narrative('particle', 'en')).toBe('van den Oord et al.');
    expect(bib.narrative('particle', 'zh')).toBe('van den Oord 等');
  });

  it('reports a syntax error as path:line', () => {
    const file = write(
      'syntax.bib',
      `@book{ok,
  title = {Fine},
  year = {2000},
}

@article{broken,
  title = {Missing comma}
  year = {2001},
}
`,
    );
    expect(() => loadBibliography(file)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:8: `));
  });

  it('reports a duplicate key as path:line', () => {
    const file = write(
      'duplicate.bib',
      `@book{same, title = {One}, year = {2000}}

@book{other, title = {Two}, year = {2000}}
@book{same, title = {Three}, year = {2001}}
`,
    );
    expect(() => loadBibliography(file)).toThrow(`${file}:4: duplicate BibTeX key "same" (first defined at line 1)`);
  });

  it('reports a key that cannot be an HTML id as path:line', () => {
    const file = write('dotted.bib', `@book{fine-key_1, title = {One}, year = {2000}}\n\n@online{tf-release-2.1, title = {Two}, year = {2020}}\n`);
    expect(() => loadBibliography(file)).toThrow(`${file}:3: BibTeX key "tf-release-2.1" becomes an HTML id: use only letters, digits, - and _`);
  });

  it('reports two keys for one work (same arXiv id or DOI) as path:line', () => {
    const arxiv = write(
      'same-arxiv.bib',
      `@misc{gptq2022, title = {GPTQ}, year = {2022}, eprint = {2210.17323}, archivePrefix = {arXiv}}
@inproceedings{gptq2023, title = {GPTQ}, booktitle = {ICLR}, year = {2023}, eprint = {2210.17323}, archivePrefix = {arXiv}}
`,
    );
    expect(() => loadBibliography(arxiv)).toThrow(`${arxiv}:2: "gptq2023" has the arXiv id 2210.17323 of "gptq2022" (line 1): one work, one key`);
    const doi = write(
      'same-doi.bib',
      `@article{a, title = {A}, year = {2020}, doi = {10.1000/X}}
@article{b, title = {B}, year = {2020}, doi = {10.1000/x}}
`,
    );
    expect(() => loadBibliography(doi)).toThrow(`${doi}:2: "b" has the DOI 10.1000/x of "a" (line 1): one work, one key`);
    const distinct = write('distinct.bib', `@misc{p, title = {P}, year = {2020}, eprint = {2001.00001}, archivePrefix = {arXiv}}\n@misc{q, title = {Q}, year = {2020}, eprint = {2001.00002}, archivePrefix = {arXiv}}\n`);
    expect([...loadBibliography(distinct).keys]).toEqual(['p', 'q']);
  });

  it('re-reads the file when its mtime changes', () => {
    const file = write('reload.bib', `@book{first, title = {One}, year = {2000}}\n`);
    const before = loadBibliography(file);
    expect([...before.keys]).toEqual(['first']);
    writeFileSync(file, `@book{first, title = {One}, year = {2000}}\n@book{second, title = {Two}, year = {2001}}\n`);
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    const after = loadBibliography(file);
    expect(after).not.toBe(before);
    expect([...after.keys]).toEqual(['first', 'second']);
  });
});

describe('content/references.bib', () => {
  const bib = loadBibliography(references);
  // An unknown key in a chapter fails its compile (remarkApparatus); here every entry must format.
  it('formats every key in both locales, each with a link', () => {
    for (const locale of ['zh', 'en'] as const) {
      const entries = bib.format([...bib.keys], locale);
      expect(entries).toHaveLength(bib.keys.size);
      for (const entry of entries) {
        expect(text(entry).length, entry.key).toBeGreaterThan(20);
        if (entry.key !== 'bird2009') expect(hrefs(entry.hast).length, entry.key).toBeGreaterThan(0);
        expect(bib.narrative(entry.key, locale).length).toBeGreaterThan(0);
      }
    }
  });
});

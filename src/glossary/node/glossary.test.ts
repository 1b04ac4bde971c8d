import { describe, expect, it } from 'vitest';
import { glossaryIndex, glossaryMarkdown, indexLetter, type GlossaryTerm } from './glossary';

const term = (id: string, zh: string, en: string): GlossaryTerm => ({
  id,
  zh,
  en,
  definition: { zh: `${zh}。`, en: `${en}.` },
  chapter: 'concepts',
});

describe('indexLetter', () => {
  it('files Han terms under their pinyin initial', () => {
    expect(indexLetter('梯度下降')).toBe('T');
    expect(indexLetter('自注意力')).toBe('Z');
    expect(indexLetter('知识蒸馏')).toBe('Z');
    expect(indexLetter('反向传播')).toBe('F');
    expect(indexLetter('激活函数')).toBe('J');
    expect(indexLetter('编码器')).toBe('B');
    expect(indexLetter('阿尔法')).toBe('A');
    expect(indexLetter('嵌入')).toBe('Q');
    expect(indexLetter('微调')).toBe('W');
  });
  it('files Latin terms under their first letter, anything else under #', () => {
    expect(indexLetter('Transformer')).toBe('T');
    expect(indexLetter('softmax')).toBe('S');
    expect(indexLetter('3D')).toBe('#');
  });
});

describe('glossaryIndex', () => {
  const terms = [
    term('transformer', 'Transformer', 'Transformer'),
    term('gradient-descent', '梯度下降', 'gradient descent'),
    term('backpropagation', '反向传播', 'backpropagation'),
    term('self-attention', '自注意力', 'self-attention'),
    term('bert', 'BERT', 'BERT'),
    term('encoder', '编码器', 'encoder'),
  ];
  it('sorts Chinese by pinyin, grouped by initial', () => {
    const groups = glossaryIndex(terms, 'zh');
    expect(groups.map((g) => g.letter)).toEqual(['B', 'F', 'T', 'Z']);
    expect(groups.flatMap((g) => g.terms.map((t) => t.zh))).toEqual(['编码器', 'BERT', '反向传播', '梯度下降', 'Transformer', '自注意力']);
  });
  it('sorts English alphabetically, ignoring case', () => {
    const groups = glossaryIndex(terms, 'en');
    expect(groups.flatMap((g) => g.terms.map((t) => t.en))).toEqual([
      'backpropagation',
      'BERT',
      'encoder',
      'gradient descent',
      'self-attention',
      'Transformer',
    ]);
    expect(groups.map((g) => g.letter)).toEqual(['B', 'E', 'G', 'S', 'T']);
  });
});

describe('glossaryMarkdown', () => {
  const terms = [
    { id: 'self-attention', zh: '自注意力', en: 'self-attention', definition: { zh: '一种机制。', en: 'A mechanism.' }, chapter: 'concepts' },
    { id: 'bert', zh: 'BERT', en: 'BERT', definition: { zh: '一个模型。', en: 'A model.' }, chapter: 'concepts' },
  ];

  it('lists the terms under their letters in the page’s order, with the other name unless it is the same', () => {
    expect(glossaryMarkdown(terms, 'en')).toBe('### B\n\n- **BERT**: A model.\n\n### S\n\n- **self-attention** (自注意力): A mechanism.');
    expect(glossaryMarkdown(terms, 'zh')).toBe('### B\n\n- **BERT**: 一个模型。\n\n### Z\n\n- **自注意力** (self-attention): 一种机制。');
  });
});

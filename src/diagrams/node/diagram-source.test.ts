import { describe, expect, it } from 'vitest';
import { diagramInfo, diagramKey } from './diagram-source';

describe('diagramInfo', () => {
  it('reads one-line accTitle and accDescr', () => {
    expect(diagramInfo('flowchart TD\n  accTitle: 训练循环\n  accDescr: 前向传播、损失、反向传播、更新\n  A --> B')).toEqual({
      title: '训练循环',
      description: '前向传播、损失、反向传播、更新',
    });
  });
  it('reads a block description, joining its lines', () => {
    expect(diagramInfo('graph LR\naccDescr {\n  First line\n  second line\n}\nA-->B').description).toBe('First line second line');
  });
  it('is empty for a diagram that declares neither', () => {
    expect(diagramInfo('graph TD\n A --> B')).toEqual({});
  });
});

describe('diagramKey', () => {
  it('is stable and ignores surrounding whitespace and line endings', () => {
    expect(diagramKey('graph TD\nA-->B')).toBe(diagramKey('\ngraph TD\r\nA-->B\n'));
    expect(diagramKey('graph TD\nA-->B')).toMatch(/^[0-9a-f]{16}$/);
  });
  it('changes when the diagram changes', () => {
    expect(diagramKey('graph TD\nA-->B')).not.toBe(diagramKey('graph TD\nA-->C'));
  });
});

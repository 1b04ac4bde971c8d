import { describe, expect, it } from 'vitest';
import { isCrossReference, parseReferences } from './reference-syntax';

describe('parseReferences', () => {
  it('leaves text without citations alone', () => {
    expect(parseReferences('no citations here')).toBeUndefined();
    expect(parseReferences('mail me at a@example.org')).toBeUndefined();
  });
  it('reads a bracketed citation, with a locator, and several items', () => {
    expect(parseReferences('as shown [@vaswani2017].')).toEqual([
      { type: 'text', value: 'as shown ' },
      { type: 'cite', items: [{ key: 'vaswani2017' }], narrative: false, source: '[@vaswani2017]', offset: 9 },
      { type: 'text', value: '.' },
    ]);
    expect(parseReferences('[@vaswani2017, p. 5]')![0]).toMatchObject({ items: [{ key: 'vaswani2017', locator: 'p. 5' }] });
    expect(parseReferences('[@a; @b, sec. 3]')![0]).toMatchObject({ items: [{ key: 'a' }, { key: 'b', locator: 'sec. 3' }] });
  });
  it('reads a narrative citation, after a space or CJK punctuation, and not inside a word', () => {
    expect(parseReferences('@vaswani2017 showed')![0]).toMatchObject({ narrative: true, items: [{ key: 'vaswani2017' }] });
    expect(parseReferences('由@vaswani2017 提出')).toBeUndefined();
    expect(parseReferences('由 @vaswani2017 提出')![1]).toMatchObject({ narrative: true });
    expect(parseReferences('（@vaswani2017）')![1]).toMatchObject({ narrative: true });
    // A key ends before trailing punctuation.
    expect(parseReferences('see @eq-attention.')![1]).toMatchObject({ items: [{ key: 'eq-attention' }] });
  });
  it('leaves brackets that are not citations as text', () => {
    expect(parseReferences('[not a citation]')).toBeUndefined();
    expect(parseReferences('[@a; not b]')).toBeUndefined();
  });
  it('tells cross-references by their prefix', () => {
    expect(isCrossReference('fig-gradient-descent')).toBe(true);
    expect(isCrossReference('sec-backprop')).toBe(true);
    expect(isCrossReference('vaswani2017')).toBe(false);
    expect(isCrossReference('figure2020')).toBe(false);
  });
});

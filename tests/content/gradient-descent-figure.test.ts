import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BEST_RATE, DIVERGENCE_RATE, distanceAfter, RATES, signChanges, STEPS } from '../../scripts/lib/gradient-descent';
import { ROOT } from '../../scripts/lib/mdx';

/**
 * The gradient-descent figure of the algorithms chapter says which learning
 * rate is too small, which is well chosen and which is too large. Its paths
 * are computed (scripts/make-figures.ts); this runs the same iterations and
 * checks that each rate does what its caption says, in both languages.
 */
const captions = {
  en: { small: /Too small \(η = ([\d.]+)\)/, good: /Well chosen \(η = ([\d.]+)/, large: /Too large \(η = ([\d.]+)\)/ },
  zh: { small: /学习率太小（η = ([\d.]+)）/, good: /学习率合适（η = ([\d.]+)/, large: /学习率太大（η = ([\d.]+)）/ },
} as const;

const figureCaption = (locale: 'zh' | 'en') => {
  const source = readFileSync(path.join(ROOT, 'content', locale, 'algorithms.mdx'), 'utf8');
  const match = /\]\(\.\/images\/gradient-descent\.png "([^"]+)"\)/.exec(source);
  if (!match) throw new Error(`content/${locale}/algorithms.mdx: no gradient-descent figure`);
  return { caption: match[1]!, source };
};

describe('the gradient-descent figure', () => {
  it('draws a too small, a well chosen and a too large rate, judged by the iterations themselves', () => {
    const [small, good, large] = [distanceAfter(RATES.small), distanceAfter(RATES.good), distanceAfter(RATES.large)];
    // Well chosen: closest to the minimum after the figure's steps, and near the best fixed rate.
    expect(good).toBeLessThan(large);
    expect(good).toBeLessThan(small);
    expect(Math.abs(RATES.good - BEST_RATE) / BEST_RATE).toBeLessThan(0.1);
    // Too large: bounces across the valley on every step, yet does not diverge.
    expect(signChanges(RATES.large)).toBe(STEPS);
    expect(RATES.large).toBeGreaterThan(BEST_RATE);
    expect(RATES.large).toBeLessThan(DIVERGENCE_RATE);
    // Too small: never overshoots, and ends furthest away.
    expect(signChanges(RATES.small)).toBe(0);
    expect(small).toBeGreaterThan(large);
  });

  for (const locale of ['en', 'zh'] as const) {
    it(`${locale}: the caption names each rate as the iterations show it, with their distances and the thresholds`, () => {
      const { caption, source } = figureCaption(locale);
      for (const role of ['small', 'good', 'large'] as const) {
        const eta = captions[locale][role].exec(caption)?.[1];
        expect(eta, `the ${role} rate in the ${locale} caption`).toBeDefined();
        expect(Number(eta)).toBe(RATES[role]);
      }
      expect(caption).toContain(`${(2 / (0.8 + 4)).toFixed(2)}`);
      expect(BEST_RATE.toFixed(2)).toBe('0.42');
      for (const role of ['small', 'good', 'large'] as const) {
        const distance = distanceAfter(RATES[role]);
        const shown = distance < 0.01 ? distance.toFixed(3) : distance < 1 ? distance.toFixed(2) : distance.toFixed(1);
        expect(caption, `${role}: ${shown} from the minimum`).toContain(shown);
      }
      // The warning after the figure gives the rate above which the loss diverges.
      expect(source).toContain(`η = ${DIVERGENCE_RATE}`);
    });
  }
});

import { describe, expect, it } from 'vitest';
import { editionDate, editionText } from './edition';

describe('the edition', () => {
  it('is the build’s day, or SOURCE_DATE_EPOCH’s', () => {
    expect(editionDate({ SOURCE_DATE_EPOCH: '1796515200' }).toISOString()).toBe('2026-12-06T00:00:00.000Z');
    expect(Math.abs(editionDate({}).getTime() - Date.now())).toBeLessThan(5000);
  });
  it('reads as the language writes a date', () => {
    const date = new Date('2026-12-06T12:00:00Z');
    expect(editionText('zh', date)).toBe('2026年12月6日版');
    expect(editionText('en', date)).toBe('Edition of December 6, 2026');
  });
});

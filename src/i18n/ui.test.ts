import { describe, expect, it } from 'vitest';
import { locales } from './locales';
import { ui, useTranslations } from './ui';

describe('ui strings', () => {
  it('has every key, non-empty, in every language', () => {
    const keys = Object.keys(ui.zh).sort();
    for (const locale of locales) {
      expect(Object.keys(ui[locale]).sort()).toEqual(keys);
      for (const key of keys) expect(ui[locale][key as keyof typeof ui.zh].trim()).not.toBe('');
    }
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = useTranslations('en');
    expect(t('heading.anchor', { heading: 'Setup' })).toBe('Link to section: Setup');
    expect(t('heading.anchor')).toBe('Link to section: {heading}');
    expect(useTranslations('zh')('heading.anchor', { heading: '安装' })).toBe('链接到本节：安装');
  });
});

describe('localeOfContentPath', () => {
  it('reads the language folder of a chapter file', async () => {
    const { localeOfContentPath } = await import('./locales');
    expect(localeOfContentPath('/repo/content/en/faq.mdx')).toBe('en');
    expect(localeOfContentPath('C:\\repo\\content\\zh\\faq.mdx')).toBe('zh');
    expect(localeOfContentPath('/tmp/fixture/content/en/a.mdx')).toBe('en');
    expect(localeOfContentPath('/elsewhere/x.mdx')).toBe('zh');
  });
});

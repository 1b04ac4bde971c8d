import { describe, expect, it } from 'vitest';
import { normalizeBasePath, normalizeSiteUrl, readSiteConfig } from './site-config';

describe('normalizeBasePath', () => {
  it('defaults to the root', () => {
    expect(normalizeBasePath(undefined)).toBe('/');
    expect(normalizeBasePath('')).toBe('/');
    expect(normalizeBasePath('/')).toBe('/');
  });
  it('adds the leading and trailing slash', () => {
    expect(normalizeBasePath('guide')).toBe('/guide/');
    expect(normalizeBasePath('/guide')).toBe('/guide/');
    expect(normalizeBasePath('/docs/guide/')).toBe('/docs/guide/');
  });
  it('rejects what is not a plain path', () => {
    expect(() => normalizeBasePath('/a?b')).toThrow(/BASE_PATH/);
    expect(() => normalizeBasePath('/a//b')).toThrow(/BASE_PATH/);
    expect(() => normalizeBasePath('/../x')).toThrow(/BASE_PATH/);
  });
});

describe('normalizeSiteUrl', () => {
  it('keeps only the origin', () => {
    expect(normalizeSiteUrl('https://example.org/')).toBe('https://example.org');
    expect(normalizeSiteUrl('https://example.org')).toBe('https://example.org');
  });
  it('has a local default', () => {
    expect(normalizeSiteUrl(undefined)).toBe('http://127.0.0.1:4321');
  });
  it('rejects a path, a relative URL or another scheme', () => {
    expect(() => normalizeSiteUrl('https://example.org/guide/')).toThrow(/BASE_PATH/);
    expect(() => normalizeSiteUrl('example.org')).toThrow(/absolute URL/);
    expect(() => normalizeSiteUrl('ftp://example.org')).toThrow(/http or https/);
  });
});

describe('readSiteConfig', () => {
  it('reads both variables', () => {
    expect(readSiteConfig({ SITE_URL: 'https://a.dev', BASE_PATH: '/guide' })).toEqual({
      site: 'https://a.dev',
      base: '/guide/',
    });
  });
});

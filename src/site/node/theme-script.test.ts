import { describe, expect, it } from 'vitest';
import { THEME_SCRIPT, THEME_SCRIPT_HASH } from './theme-script';

function run(saved: string | null, systemDark: boolean) {
  const dataset: Record<string, string> = {};
  const globals = {
    localStorage: { getItem: () => saved },
    matchMedia: () => ({ matches: systemDark }),
    document: { documentElement: { dataset } },
  };
  new Function(...Object.keys(globals), THEME_SCRIPT)(...Object.values(globals));
  return dataset;
}

describe('the inline theme script', () => {
  it('uses the saved choice over the system', () => {
    expect(run('light', true).theme).toBe('light');
    expect(run('dark', false).theme).toBe('dark');
  });
  it('follows the system otherwise, and marks that JavaScript runs', () => {
    expect(run(null, true)).toEqual({ theme: 'dark', js: '' });
    expect(run('nonsense', false).theme).toBe('light');
  });
  // That the built pages' policies allow the script as it is written into them is checked on the
  // built site (tests/dist/built-site.test.ts); here, that the hash is a well-formed SHA-256 source.
  it('has a SHA-256 hash for the Content-Security-Policy', () => {
    expect(THEME_SCRIPT_HASH).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
  });
});

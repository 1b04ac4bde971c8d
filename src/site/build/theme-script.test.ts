import { createHash } from 'node:crypto';
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
  it('has the hash the Content-Security-Policy lists', () => {
    expect(THEME_SCRIPT_HASH).toBe(`sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`);
    expect(THEME_SCRIPT_HASH).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
  });
});

import { describe, expect, it } from 'vitest';
import { headersFile, mergePolicies } from './static-headers';

describe('mergePolicies', () => {
  it('unites the hashes of every page and adds frame-ancestors', () => {
    const merged = mergePolicies([
      "default-src 'self'; script-src 'self' 'sha256-a'; style-src 'self' 'unsafe-inline';",
      "default-src 'self'; script-src 'self' 'sha256-b';  style-src 'self' 'unsafe-inline'",
    ]);
    expect(merged).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a' 'sha256-b'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
    );
  });
});

describe('headersFile', () => {
  it('puts every rule under the base path', () => {
    const file = headersFile('/guide/', "default-src 'self'");
    expect(file).toContain("/guide/*\n  Content-Security-Policy: default-src 'self'\n  X-Content-Type-Options: nosniff");
    expect(file).toContain('/guide/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(file).toContain('/guide/sw.js\n  Cache-Control: no-cache');
    expect(file).not.toMatch(/^\/_astro/m);
  });
});

import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { builtFiles } from './built-files';

/** Headers every response gets, whatever the host; see docs/deploying.md. */
export const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'X-Frame-Options': 'DENY',
};

/**
 * Merges the Content-Security-Policy of every page (Astro writes one <meta>
 * per page, each with the hashes of that page's inline scripts) into one
 * policy a host can send as a header, with the directives a <meta> policy
 * cannot carry (frame-ancestors).
 */
export function mergePolicies(policies: readonly string[]): string {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...values] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const value of values) set.add(value);
      directives.set(name, set);
    }
  }
  directives.set('frame-ancestors', new Set(["'none'"]));
  return [...directives].map(([name, values]) => [name, ...values].join(' ')).join('; ');
}

/** The `_headers` file Netlify and Cloudflare Pages read. */
export function headersFile(base: string, policy: string): string {
  const lines = [
    '# Generated at build time by src/site/node/static-headers.ts; read by Netlify and Cloudflare Pages.',
    `${base}*`,
    `  Content-Security-Policy: ${policy}`,
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    '  # Once the whole domain and its subdomains are served over HTTPS only, also send:',
    '  # Strict-Transport-Security: max-age=63072000; includeSubDomains; preload',
    '',
    '# Hashed file names: cache for a year.',
    `${base}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
    '# The service worker, the offline page and the saved-book lists: browsers must see a new deployment at once.',
    `${base}sw.js`,
    '  Cache-Control: no-cache',
    `${base}offline/*`,
    '  Cache-Control: no-cache',
    '',
    '# Pagefind names its index files by hash but not pagefind.js or its entry file.',
    `${base}pagefind/*`,
    '  Cache-Control: public, max-age=3600',
    '',
  ];
  return lines.join('\n');
}

export function staticHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'static-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const policies = builtFiles(site, '**/*.html', ['pagefind/**']).map((file) => {
          const match = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(path.join(site, file), 'utf8'));
          if (!match) throw new Error(`${file} has no Content-Security-Policy <meta>`);
          return match[1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"');
        });
        writeFileSync(path.join(site, '_headers'), headersFile(base, mergePolicies(policies)));
        logger.info(`wrote _headers from the policies of ${policies.length} pages`);
      },
    },
  };
}

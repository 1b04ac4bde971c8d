import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeOutput, pythonExamples } from '../../scripts/lib/code-examples';
import { allChapters } from '../../scripts/lib/mdx';

/**
 * Every Python example in content/ runs with python3 (numpy available), and
 * prints exactly what its page says it prints. Blocks that need what the test
 * machine lacks say so with skip-run="reason".
 */
const examples = allChapters().flatMap((chapter) =>
  pythonExamples(chapter.tree).map((example) => ({ ...example, where: `${chapter.file}:${example.line}` })),
);
const runnable = examples.filter((e) => e.skipReason === undefined);

describe('Python examples in the chapters', () => {
  it('exist, so this test cannot pass by finding nothing', () => {
    expect(runnable.length).toBeGreaterThan(0);
  });

  it.each(examples.filter((e) => e.skipReason !== undefined).map((e) => [e.where, e.skipReason] as const))(
    '%s says why it is not run',
    (_where, reason) => {
      expect(reason?.trim().length ?? 0).toBeGreaterThan(10);
    },
  );

  it.each(runnable.map((e) => [e.where, e] as const))('%s runs and prints what the page shows', (where, example) => {
    const cwd = mkdtempSync(path.join(tmpdir(), 'example-'));
    const run = spawnSync(process.env.PYTHON ?? 'python3', ['-'], {
      input: example.code,
      cwd,
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1' },
    });
    expect(run.error, `${where}: could not start python3`).toBeUndefined();
    expect(run.status, `${where} exited with ${run.status}:\n${run.stderr}`).toBe(0);
    if (example.expectedOutput !== undefined) {
      expect(normalizeOutput(run.stdout), `${where}: the output shown on the page differs`).toBe(
        normalizeOutput(example.expectedOutput),
      );
    }
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allChapters, ROOT } from '../../../scripts/lib/mdx';
import { gitHistoryCheck } from './git-history-check';
import { isShallowClone, lastCommitDate, lastCommitDates } from './git-history';

const gitDate = (file: string) => execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8' }).trim();

describe('last commit dates', () => {
  it('one git log gives every chapter the date `git log -1 -- <file>` gives it', () => {
    const chapters = allChapters();
    expect(chapters.length).toBeGreaterThan(0);
    for (const chapter of chapters) {
      const expected = gitDate(chapter.file);
      expect(lastCommitDate(chapter.file), chapter.file).toBe(expected === '' ? undefined : expected);
    }
  });

  it('is empty outside a git checkout, and for files git does not know', () => {
    expect(lastCommitDate('content/zh/no-such-chapter.mdx')).toBeUndefined();
    const outside = mkdtempSync(path.join(tmpdir(), 'no-git-'));
    const cwd = process.cwd();
    try {
      process.chdir(outside);
      expect(lastCommitDates('content').size).toBe(0);
    } finally {
      process.chdir(cwd);
    }
  });

  it('a shallow clone is recognised, and its build says so', () => {
    const clone = mkdtempSync(path.join(tmpdir(), 'shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${ROOT}`, clone]);
    const cwd = process.cwd();
    const warnings: string[] = [];
    try {
      process.chdir(clone);
      expect(isShallowClone()).toBe(true);
      const start = gitHistoryCheck().hooks['astro:build:start'] as unknown as (options: { logger: { warn: (m: string) => void } }) => void;
      start({ logger: { warn: (message) => warnings.push(message) } });
    } finally {
      process.chdir(cwd);
    }
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('shallow git clone');
  });
});

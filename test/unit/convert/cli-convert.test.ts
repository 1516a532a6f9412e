// @vitest-environment node
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { runCliCaptured } from '../cli-run';

const cli = runCliCaptured;

describe('dubao convert', () => {
  it('converts stdin line by line, keeping empty lines', async () => {
    const r = await cli(['convert', '--to', 'tw'], '他的头发很长\n\n坚持一个中国原则\n');
    expect(r.code).toBe(0);
    expect(r.out).toBe('他的頭髮很長\n\n堅持一個中國原則\n');
  });

  it('detects Traditional input for --to cn and honours --no-overrides', async () => {
    expect((await cli(['convert', '--to', 'cn'], '這裡的軟體\n')).out).toBe('这里的软体\n');
    expect((await cli(['convert', '--to', 'twp', '--from', 'cn'], '软件\n')).out).toBe('軟體\n');
    expect((await cli(['convert', '--to', 't', '--no-overrides'], '一个中国\n')).out).toBe('一箇中國\n');
  });

  it('rejects an unknown variant with exit code 2', async () => {
    const r = await cli(['convert', '--to', 'xx'], '');
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown --to');
  });

  it('--html converts a document with the DOM engine', async () => {
    const file = path.resolve(__dirname, '../../fixtures/pages/seed.html');
    const r = await cli(['convert', '--to', 'cn', '--html', file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('强化“新四军”创新优势');
    expect(r.out).not.toContain('強化“新四軍”');
    expect(r.out).toContain('lang="zh-CN"');
    expect(r.out).toMatch(/<script[\s\S]*<\/script>/);
  });
});

// Bad input to the CLI: a clear message per file, non-zero exit, other files still processed, no hang.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../cli-run';

const dir = mkdtempSync(path.join(tmpdir(), 'dubao-bad-'));
const SEED = path.resolve(__dirname, '../../fixtures/pages/seed.html');

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('CLI on bad input', () => {
  for (const cmd of ['extract', 'summarize']) {
    it(`${cmd}: every bad file gets its own error line, good files still processed, exit 1`, async () => {
      const files = [
        file('empty.html', ''),
        file('binary.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00, 0x10])),
        path.join(dir, 'missing.html'),
        file('truncated.html', '<html><head><title>新闻</title></head><body><div><p>长江经济带发展报告今天发布，会议指出这个发展'),
        file(
          'wrong-enc.html',
          new Uint8Array([...new TextEncoder().encode('<meta charset="big5"><p>'), 0xd6, 0xd0, 0xb9, 0xfa, 0xb5, 0xc4]),
        ),
        SEED,
      ];
      const { code, out } = await runCliCaptured([cmd, ...files]);
      const lines = out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines).toHaveLength(files.length);
      expect(code).toBe(1);
      expect(lines.map((l) => l.file)).toEqual(files);
      expect(lines[0].error).toMatch(/empty/);
      expect(lines[1].error).toMatch(/binary|not a text/i);
      expect(lines[2].error).toMatch(/no such file|ENOENT|not found/i);
      expect(lines[3].error).toBeUndefined(); // truncated HTML still parses
      expect(lines[4].error).toBeUndefined(); // mislabelled bytes decode (lossy) without crashing
      expect(lines[5].error).toBeUndefined();
      expect(lines[5].isArticle).toBe(true);
    });
  }

  it('a 50 MB file is processed or refused with a message, without hanging', async () => {
    const para = '<p>' + '这是一个很长的页面，用来测试命令行工具处理大文件的能力。'.repeat(20) + '</p>\n';
    const big = file('big.html', '<html><body>' + para.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(para))) + '</body></html>');
    const t0 = Date.now();
    const { code, out } = await runCliCaptured(['extract', big, SEED]);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[1].isArticle).toBe(true);
    expect(Date.now() - t0).toBeLessThan(90_000);
    expect([0, 1]).toContain(code);
  }, 120_000);

  it('missing arguments are a usage error (exit 2)', async () => {
    const r = await runCliCaptured(['extract']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/FILE|file/);
  });
});

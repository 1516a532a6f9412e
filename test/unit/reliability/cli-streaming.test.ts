// The CLI reads its input in chunks with the size limit checked while reading (issue 17, row 6):
// endless or huge input ends in one {error} line for that input, never in memory growing with it.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { DEFAULT_MAX_INPUT_BYTES, maxInputBytes, readLines, tooLargeMessage } from '../../../src/cli/io';
import { linePieces, PINYIN_PIECE } from '../../../src/cli/commands/pinyin';
import { runCliCaptured, type CliResult } from '../cli-run';

const ROOT = path.resolve(__dirname, '../../..');

/** A stream of `parts`, each produced when read (a generated stream: nothing is held). */
function generated(parts: () => Iterable<Buffer | string>): Readable {
  return Readable.from(parts(), { objectMode: false });
}

/** `bytes` bytes of 'a' in 1 MB chunks, then the rest. */
function* longLine(bytes: number, then: string): Generator<Buffer | string> {
  const mb = Buffer.alloc(1 << 20, 'a');
  let left = bytes;
  while (left >= mb.length) {
    yield mb;
    left -= mb.length;
  }
  if (left) yield mb.subarray(0, left);
  yield then;
}

/** runCliCaptured with the largest RSS growth seen while it ran (sampled every 20 ms). */
async function runStreamed(args: string[], stdin: Readable): Promise<CliResult & { peakRssMB: number }> {
  const rss0 = process.memoryUsage().rss;
  let peak = rss0;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    const r = await runCliCaptured(args, stdin);
    peak = Math.max(peak, process.memoryUsage().rss);
    return { ...r, peakRssMB: (peak - rss0) / 1e6 };
  } finally {
    clearInterval(timer);
  }
}

const collect = async (it: AsyncIterable<unknown>) => {
  const out: unknown[] = [];
  for await (const x of it) out.push(x);
  return out;
};

describe('readLines: lines with the limit checked while reading', () => {
  it.each([
    ['plain lines', ['a\nb\n'], ['a', 'b']],
    ['no final newline', ['a\nb'], ['a', 'b']],
    ['CRLF', ['a\r\nb\r\n'], ['a', 'b']],
    ['empty lines kept', ['\n\nx\n'], ['', '', 'x']],
    ['a character split across chunks', [Buffer.from([0xe4, 0xb8]), Buffer.from([0xad, 0x0a])], ['中']],
    ['a line split across chunks', ['长江', '经济\n带'], ['长江经济', '带']],
    ['nothing', [], []],
  ])('%s', async (_name, chunks, expected) => {
    expect(
      await collect(
        readLines(
          generated(() => chunks as Array<Buffer | string>),
          100,
        ),
      ),
    ).toEqual(expected);
  });

  it('a line over the limit yields one oversize marker as soon as the limit is passed, and the next lines still come', async () => {
    const got = await collect(
      readLines(
        generated(() => ['ok\n', 'x'.repeat(60), 'x'.repeat(60), 'y'.repeat(500), '\nnext\n']),
        100,
      ),
    );
    expect(got).toEqual(['ok', { oversize: true, limit: 100 }, 'next']);
  });

  it('an endless line is reported before it ends (the limit is checked while reading)', async () => {
    let produced = 0;
    function* endless() {
      const chunk = Buffer.alloc(64 * 1024, 'a');
      for (;;) {
        produced += chunk.length;
        yield chunk;
      }
    }
    const it = readLines(generated(endless), 1 << 20);
    const first = await it.next();
    expect(first.value).toEqual({ oversize: true, limit: 1 << 20 });
    expect(produced).toBeLessThan(4 << 20);
    await it.return(undefined);
  });

  it('DUBAO_MAX_INPUT_BYTES lowers the limit; anything else keeps the default (64 MB)', () => {
    expect(maxInputBytes({ DUBAO_MAX_INPUT_BYTES: '1000' })).toBe(1000);
    expect(maxInputBytes({})).toBe(DEFAULT_MAX_INPUT_BYTES);
    expect(maxInputBytes({ DUBAO_MAX_INPUT_BYTES: 'lots' })).toBe(DEFAULT_MAX_INPUT_BYTES);
    expect(DEFAULT_MAX_INPUT_BYTES).toBe(64 * 1024 * 1024);
  });
});

describe('stdin commands: one {error} line per oversize line, the others processed', () => {
  it('analyze: a 600 MB line (really streamed, past the default limit) gives the documented {error} line, not a RangeError, in little memory', async () => {
    const good = JSON.stringify({ id: 'b', text: '兰州市科技局介绍，企业技术需求1500项以上。' });
    const stdin = generated(() => [JSON.stringify({ id: 'a', text: 'x' }) + '\n', ...longLine(600 * 1024 * 1024, '\n' + good + '\n')]);
    const r = await runStreamed(['analyze'], stdin);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].id).toBe('a');
    expect(lines[1]).toEqual({ id: null, line: 2, error: tooLargeMessage('line', DEFAULT_MAX_INPUT_BYTES) });
    expect(lines[2].id).toBe('b');
    expect(lines[2].figures.length).toBeGreaterThan(0);
    expect(r.code).toBe(1);
    // the line is never held: well below its 600 MB (the limit's 64 MB is held at most)
    expect(r.peakRssMB, `RSS grew ${r.peakRssMB.toFixed(0)} MB`).toBeLessThan(400);
  }, 120_000);

  it.each([
    ['pinyin', ['pinyin'], (l: string) => expect(JSON.parse(l)).toEqual({ line: 2, error: tooLargeMessage('line', 1000) })],
    ['pinyin --format text', ['pinyin', '--format', 'text'], (l: string) => expect(l).toBe('')],
    ['convert', ['convert', '--to', 'tw'], (l: string) => expect(l).toBe('')],
  ])('%s: the oversize line gets its own output line, the next line is still converted, exit 1', async (_name, args, check) => {
    const prev = process.env.DUBAO_MAX_INPUT_BYTES;
    process.env.DUBAO_MAX_INPUT_BYTES = '1000';
    try {
      const r = await runStreamed(
        args,
        generated(() => ['长江\n', '长'.repeat(2000), '\n发展\n']),
      );
      const lines = r.out.split('\n');
      expect(lines).toHaveLength(4); // three lines and the final newline
      check(lines[1]!);
      expect(lines[2]).not.toBe('');
      expect(r.code).toBe(1);
      const quiet = !args.includes('--format') && args[0] === 'pinyin';
      expect(r.err).toMatch(quiet ? /^$/ : /line 2: line too large/);
    } finally {
      if (prev === undefined) delete process.env.DUBAO_MAX_INPUT_BYTES;
      else process.env.DUBAO_MAX_INPUT_BYTES = prev;
    }
  });
});

describe('pinyin streams a long line in pieces', () => {
  const line = '银行行长在长江边说，他重新安排了工作。'.repeat(600); // 11,400 characters

  it('the output of a long line equals the readings of its pieces, in order, as one JSON array', async () => {
    const r = await runCliCaptured(['pinyin'], line + '\n');
    const arr = JSON.parse(r.out) as Array<{ char: string; pinyin: string | null }>;
    expect(arr.map((x) => x.char).join('')).toBe(line);
    expect(
      arr
        .filter((x) => x.char === '行')
        .map((x) => x.pinyin)
        .slice(0, 2),
    ).toEqual(['háng', 'háng']);
    expect(
      arr
        .filter((x) => x.char === '长')
        .map((x) => x.pinyin)
        .slice(0, 2),
    ).toEqual(['zhǎng', 'cháng']);
  });

  it('text output of a long line spaces syllables across piece boundaries as within one', async () => {
    const short = '银行行长在长江边说，他重新安排了工作。';
    const one = (await runCliCaptured(['pinyin', '--format', 'text'], short + '\n')).out.trim();
    const long = (await runCliCaptured(['pinyin', '--format', 'text'], line + '\n')).out.trim();
    expect(long).toBe(Array.from({ length: 600 }, () => one).join(' '));
  });

  it('pieces cover the line, at most PINYIN_PIECE each, cut after punctuation, never inside a surrogate pair', () => {
    for (const s of [line, '中'.repeat(5000), '𠀀'.repeat(3000)]) {
      const ps = linePieces(s);
      expect(ps.map(([lo, hi]) => s.slice(lo, hi)).join('')).toBe(s);
      for (const [lo, hi] of ps) {
        expect(hi - lo).toBeLessThanOrEqual(PINYIN_PIECE);
        expect((s.charCodeAt(hi) & 0xfc00) === 0xdc00).toBe(false);
      }
    }
    for (const [, hi] of linePieces(line).slice(0, -1)) expect(line[hi - 1]).toMatch(/[，。]/);
  });

  it('memory does not grow with the line: a 12 MB line in far less than ~240 bytes a character', async () => {
    const text = '长江经济带发展报告今天发布，会议指出这个发展。';
    const chars = 4_000_000;
    const stdin = generated(function* () {
      const chunk = Buffer.from(text.repeat(Math.ceil(100_000 / text.length)));
      const perChunk = chunk.toString().length;
      for (let k = 0; k < chars / perChunk; k++) yield chunk;
      yield '\n';
    });
    const stdout = new PassThrough();
    let bytes = 0;
    stdout.on('data', (d: Buffer) => (bytes += d.length));
    const rss0 = process.memoryUsage().rss;
    let peak = rss0;
    const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const code = await runCli(['pinyin'], { stdin, stdout, stderr: new PassThrough() });
    clearInterval(timer);
    expect(code).toBe(0);
    expect(bytes).toBeGreaterThan(chars * 20);
    // the whole line's readings as objects would be ~1 GB
    expect((peak - rss0) / 1e6, 'RSS growth in MB').toBeLessThan(500);
  }, 300_000);
});

describe('files: the size limit is checked while reading', () => {
  it('dubao extract /dev/zero ends with one {error} line, well under 2 GB of memory (a real process)', async () => {
    if (process.platform !== 'linux') return;
    const bin = path.join(ROOT, 'bin/dubao.mjs');
    const child = spawn(process.execPath, [bin, 'extract', '/dev/zero'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let peakKB = 0;
    child.stdout.on('data', (d) => (out += d));
    const rssKB = () => {
      try {
        return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
      } catch {
        return 0;
      }
    };
    // watch the child: past 2 GB it is stopped (and the test fails) before it can take the machine
    const timer = setInterval(() => {
      peakKB = Math.max(peakKB, rssKB());
      if (peakKB > 2_000_000) child.kill('SIGKILL');
    }, 25);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    clearInterval(timer);
    expect(peakKB, `peak RSS ${(peakKB / 1024).toFixed(0)} MB`).toBeLessThan(1_000_000);
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual([{ file: '/dev/zero', error: tooLargeMessage('file', DEFAULT_MAX_INPUT_BYTES) }]);
    expect(code).toBe(1);
  }, 120_000);

  it('a file over the limit is refused with its own line; the files around it are still processed', async () => {
    const prev = process.env.DUBAO_MAX_INPUT_BYTES;
    process.env.DUBAO_MAX_INPUT_BYTES = String(8_000); // seed.html is 11,484 bytes, portal.html 7,069
    try {
      const seed = path.join(ROOT, 'test/fixtures/pages/seed.html');
      const portal = path.join(ROOT, 'test/fixtures/pages/portal.html');
      const r = await runCliCaptured(['extract', seed, '/dev/zero', portal]);
      const lines = r.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines).toHaveLength(3);
      expect(lines[0]).toEqual({ file: seed, error: tooLargeMessage('file', 8_000) });
      expect(lines[1]).toEqual({ file: '/dev/zero', error: tooLargeMessage('file', 8_000) });
      expect(lines[2].error).toBeUndefined();
      expect(lines[2].file).toBe(portal);
      expect(r.code).toBe(1);
    } finally {
      if (prev === undefined) delete process.env.DUBAO_MAX_INPUT_BYTES;
      else process.env.DUBAO_MAX_INPUT_BYTES = prev;
    }
  });
});

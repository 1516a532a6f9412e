import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';

function io() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  return { io: { stdin: new PassThrough(), stdout, stderr }, out: () => out.join(''), err: () => err.join('') };
}

describe('dubao CLI frame', () => {
  it('--help lists the commands and exits 0', async () => {
    const t = io();
    expect(await runCli(['--help'], t.io)).toBe(0);
    expect(t.out()).toMatch(/Usage: dubao <command>/);
  });
  it('no arguments prints help and exits 2', async () => {
    const t = io();
    expect(await runCli([], t.io)).toBe(2);
    expect(t.out()).toMatch(/Commands:/);
  });
  it('unknown command: clear message, exit 2', async () => {
    const t = io();
    expect(await runCli(['frobnicate'], t.io)).toBe(2);
    expect(t.err()).toMatch(/unknown command 'frobnicate'/);
  });
  it('--version', async () => {
    const t = io();
    expect(await runCli(['--version'], t.io)).toBe(0);
    expect(t.out()).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

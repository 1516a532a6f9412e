import { describe, expect, it } from 'vitest';
import { runCliCaptured } from '../cli-run';

describe('dubao CLI frame', () => {
  it('--help lists the commands and exits 0', async () => {
    const r = await runCliCaptured(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Usage: dubao <command>/);
  });
  it('no arguments prints help and exits 2', async () => {
    const r = await runCliCaptured([]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(/Commands:/);
  });
  it('unknown command: clear message, exit 2', async () => {
    const r = await runCliCaptured(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command 'frobnicate'/);
  });
  it('--version', async () => {
    const r = await runCliCaptured(['--version']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

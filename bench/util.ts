/** Shared helpers for benchmarks: medians, timing, corpus paths, Markdown tables. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Project root (bench bundles run from dist/node, sources from bench/). */
export const ROOT = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (path.basename(dir) === 'dist' || path.basename(dir) === 'bench') return path.resolve(dir, '..');
    dir = path.dirname(dir);
  }
  return process.cwd();
})();

/** `../shared/corpus/<sub>` relative to the project root. */
export function corpus(...sub: string[]): string {
  return path.resolve(ROOT, '..', 'shared', 'corpus', ...sub);
}

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Run fn `runs` times (after `warmup` runs) and return the median wall time in ms. */
export function timeMedian(fn: () => unknown, runs = 7, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    t.push(performance.now() - t0);
  }
  return median(t);
}

export function table(head: string[], rows: Array<Array<string | number>>): string {
  const fmt = (v: string | number) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : v);
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(fmt).join(' | ')} |`)].join(
    '\n',
  );
}

export const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
export const pct2 = (x: number) => `${(x * 100).toFixed(2)}%`;
export const ratio = (x: number) => `${x.toFixed(2)}×`;

/** One section of BENCHMARKS.md: `run()` returns its Markdown body. */
export interface BenchSection {
  name: string;
  title: string;
  run(): Promise<string>;
}

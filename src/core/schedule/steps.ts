/**
 * Work in steps: a generator that yields at pause points, so the same code runs to completion at
 * once (`drain`, the CLI and tests) or in short slices with the browser free in between
 * (`runInSlices`, huge pages in the content script).
 */
import { SLICE_MS } from './slice';
export type Steps<T> = Generator<void, T, void>;

/** Elements or blocks between two pause points. */
export const STEP = 128;

export function drain<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Run `steps`, yielding with `pause()` whenever `sliceMs` of work has been done. */
export async function runInSlices<T>(steps: Steps<T>, pause: () => Promise<void>, sliceMs = SLICE_MS): Promise<T> {
  let t0 = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - t0 > sliceMs) {
      await pause();
      t0 = performance.now();
    }
  }
}

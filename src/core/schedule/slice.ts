/**
 * How long one slice of sliced work (detection, conversion, restore, ruby on huge pages) runs
 * before it yields to the page. A task's budget is 50 ms; V8 sometimes finalises a major GC
 * (26–40 ms measured on a 5 MB page in Chromium) inside whatever script runs at that moment, so a
 * slice keeps well under half of the budget: 8 ms of work + a GC pause still fits in 50 ms.
 */
export const SLICE_MS = 8;

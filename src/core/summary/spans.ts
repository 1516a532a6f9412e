/** Span lookups that cost O(text + spans) once, so the summary stays linear in its text. */

/**
 * Does [start, end) overlap any of `spans`? Answered from a prefix count of covered characters,
 * built once (O(text + spans)), instead of a pass over every span per question.
 */
export function overlapIndex(n: number, spans: ReadonlyArray<{ start: number; end: number }>): (start: number, end: number) => boolean {
  const diff = new Int32Array(n + 2);
  for (const sp of spans) {
    const a = Math.max(0, Math.min(n, sp.start));
    const b = Math.max(a, Math.min(n, sp.end));
    if (b > a) {
      diff[a]!++;
      diff[b]!--;
    }
  }
  const covered = new Int32Array(n + 1); // covered[i] = characters of [0, i) inside some span
  for (let i = 0, depth = 0; i < n; i++) {
    depth += diff[i]!;
    covered[i + 1] = covered[i]! + (depth > 0 ? 1 : 0);
  }
  return (start, end) => {
    const a = Math.max(0, Math.min(n, start));
    const b = Math.max(a, Math.min(n, end));
    return covered[b]! - covered[a]! > 0;
  };
}

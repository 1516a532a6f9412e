/** Benchmark sections, in BENCHMARKS.md order. Each capability adds its section here. */
import type { BenchSection } from './util';

export const sections: BenchSection[] = [];

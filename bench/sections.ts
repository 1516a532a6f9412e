/** Benchmark sections, in BENCHMARKS.md order. Each capability adds its section here. */
import type { BenchSection } from './util';
import { summarySection } from './summary';
import { pinyinSection } from './pinyin';

export const sections: BenchSection[] = [summarySection, pinyinSection];

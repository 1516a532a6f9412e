/** Benchmark sections, in BENCHMARKS.md order. Each capability adds its section here. */
import type { BenchSection } from './util';
import { extractSection } from './extract';
import { summarySection } from './summary';
import { summaryPagesSection } from './summary-pages';
import { summaryFiguresSection } from './summary-figures';
import { pinyinSection } from './pinyin';
import { panelSection } from './panel';
import { convertSection } from './convert';
import { levelsSection } from './levels';
import { scanSection } from './scan';

export const sections: BenchSection[] = [
  extractSection,
  summarySection,
  summaryFiguresSection,
  summaryPagesSection,
  pinyinSection,
  panelSection,
  convertSection,
  levelsSection,
  scanSection,
];

/**
 * Reprint grouping: pages carrying the same story — the same body after Simplified
 * normalisation, or one containing most of the other — become one story with all their URLs,
 * the origin each page states, and the earliest time seen. Candidates come from an inverted index
 * of sampled shingles, so adding a page costs about its own length, not the batch's size.
 */
import type { PageRecord, StoryEntities, StoryFigure } from './analyze';
import { sharedCount } from './fingerprint';
import type { StatedOrigin } from './origin';

/** Share of the smaller body's samples the larger must hold for the two to be one story. */
export const CONTAINMENT = 0.6;
/** Fewer samples than this: too short to compare by shingles; only an identical body groups. */
const MIN_SAMPLES = 4;
/** A sample seen on more pages than this is boilerplate, not evidence. */
const MAX_POSTINGS = 200;

export interface StoryPage extends StatedOrigin {
  url: string;
  title: string | null;
  publishedAt: string | null;
}
export interface Story {
  urls: string[];
  title: string | null;
  publishedAt: string | null;
  source: string | null;
  /** The wire agency or 转载 origin any page states; else the earliest page's 来源. */
  origin: string | null;
  originalTitle: string | null;
  author: string | null;
  editor: string | null;
  figures: StoryFigure[];
  entities: StoryEntities;
  keySentence: string | null;
  pages: StoryPage[];
}

function time(iso: string | null): number {
  if (!iso) return Infinity;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? Infinity : t;
}

export class StoryGrouper {
  private readonly records: PageRecord[] = [];
  private readonly parent: number[] = [];
  /** Sampled hash → the pages holding it (a bare number while only one does: most samples are unique). */
  private readonly index = new Map<number, number | number[]>();

  get size(): number {
    return this.records.length;
  }

  add(rec: PageRecord): void {
    const id = this.records.length;
    this.records.push(rec);
    this.parent.push(id);
    const fp = rec.fingerprint;
    const counts = new Map<number, number>();
    for (const h of fp) {
      const post = this.index.get(h);
      if (post === undefined) this.index.set(h, id);
      else if (typeof post === 'number') {
        counts.set(post, (counts.get(post) ?? 0) + 1);
        this.index.set(h, [post, id]);
      } else {
        // A sample on this many pages is boilerplate: neither evidence nor worth its memory.
        if (post.length >= MAX_POSTINGS) continue;
        for (const other of post) counts.set(other, (counts.get(other) ?? 0) + 1);
        post.push(id);
      }
    }
    for (const [other, shared] of counts) {
      const ofp = this.records[other]!.fingerprint;
      const smaller = Math.min(fp.length, ofp.length);
      if (smaller < MIN_SAMPLES) continue;
      if (shared / smaller >= CONTAINMENT) this.union(id, other);
    }
    if (fp.length < MIN_SAMPLES) {
      // Too short for shingles: group only with a page whose samples are exactly the same.
      for (let other = 0; other < id; other++) {
        const ofp = this.records[other]!.fingerprint;
        if (ofp.length === fp.length && sharedCount(ofp, fp) === fp.length && fp.length > 0) this.union(id, other);
      }
    }
  }

  private find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }

  private union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }

  /** The stories, in the order their first page was added. */
  stories(): Story[] {
    const groups = new Map<number, PageRecord[]>();
    this.records.forEach((r, i) => {
      const root = this.find(i);
      const g = groups.get(root);
      if (g) g.push(r);
      else groups.set(root, [r]);
    });
    return [...groups.values()].map(toStory);
  }
}

export function toStory(pages: PageRecord[]): Story {
  // The earliest page (by stated time; list order breaks ties) speaks for the story.
  const first = pages.reduce((best, p) => (time(p.publishedAt) < time(best.publishedAt) ? p : best), pages[0]!);
  const stated = (k: 'agency' | 'reprintedFrom' | 'originalTitle') => pages.map((p) => p.stated[k]).find((v) => v) ?? null;
  const earliest = time(first.publishedAt) === Infinity ? null : first.publishedAt;
  return {
    urls: pages.map((p) => p.url),
    title: first.title ?? pages.find((p) => p.title)?.title ?? null,
    publishedAt: earliest,
    source: first.stated.source ?? pages.find((p) => p.stated.source)?.stated.source ?? null,
    origin: stated('agency') ?? stated('reprintedFrom') ?? first.stated.source ?? null,
    originalTitle: stated('originalTitle'),
    author: first.author ?? pages.find((p) => p.author)?.author ?? null,
    editor: first.editor,
    figures: first.figures,
    entities: first.entities,
    keySentence: first.keySentence,
    pages: pages.map((p) => ({ url: p.url, title: p.title, publishedAt: p.publishedAt, ...p.stated })),
  };
}

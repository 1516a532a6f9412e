/**
 * The data the panel shows: the summary engine's types, and a local copy of article detection's
 * contract (identical to it) until src/core/extract/index.ts exists.
 */
export interface ArticleBlock { text: string; kind: 'paragraph' | 'heading' | 'caption'; element: Element }
export interface ExtractWarning { type: 'spam' | 'ruby-artefacts' | string; message: string; count?: number; samples?: string[] }
export interface Article {
  isArticle: boolean; title: string | null; publishedAt: string | null; source: string | null;
  author: string | null; editor: string | null; lang: 'zh-Hans' | 'zh-Hant' | null; blocks: ArticleBlock[];
  root: Element | null; text: string; cleanText: string; rubyArtefacts: number; warnings: ExtractWarning[];
}

export type { Span, Figure, Mention, Entity, DateMention, Summary, SummaryOptions as SummarizeOptions } from '../../core/summary/index';

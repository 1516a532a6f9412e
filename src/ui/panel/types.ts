/** The data the panel shows, as the article detection and summary engines define it (types only). */
export type { Article, ArticleBlock, ExtractWarning } from '../../core/extract/index';
export type { Span, Figure, Mention, Entity, DateMention, Summary, SummaryOptions as SummarizeOptions } from '../../core/summary/index';

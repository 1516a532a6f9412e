/** Scan a list page: its article links, each page's record, reprints grouped into stories, the table's exports. */
export { registrableDomain, sameSite } from './domain';
export {
  findArticleLinks,
  baselineLinks,
  documentBase,
  urlKey,
  urlShape,
  cjkCount,
  type ArticleLink,
  type RejectedLink,
  type LinkScan,
} from './links';
export { analyzePage, type PageRecord, type PageOutcome, type StoryFigure, type StoryEntities } from './analyze';
export { StoryGrouper, toStory, CONTAINMENT, type Story, type StoryPage } from './group';
export { statedOrigin, AGENCIES, type StatedOrigin } from './origin';
export { bodyFingerprint, normaliseBody, sharedCount } from './fingerprint';
export { decodeResponse, charsetOf } from './decode-response';
export { readPage, MAX_PAGE_BYTES } from './response';
export * from './table';

/**
 * The scan of one tab's list page, kept in storage.session under `scan:<tabId>` so the table
 * survives closing and reopening the scan page. Validated on every read: storage is not trusted.
 */
import type { PageRecord } from '../core/scan/index';

export interface ScanLink {
  url: string;
  text: string;
}
export type Problem = { type: 'failed'; url: string; error: string } | { type: 'skipped'; url: string; reason: string };
/** A page record as stored (the fingerprint as a plain array). */
export type StoredRecord = Omit<PageRecord, 'fingerprint'> & { fingerprint: number[] };
export interface ScanState {
  listUrl: string;
  title: string;
  links: ScanLink[];
  status: 'ready' | 'running' | 'done' | 'cancelled';
  /** Links handled so far (the next to fetch is links[next]). */
  next: number;
  records: StoredRecord[];
  problems: Problem[];
}

export const stateKey = (tabId: number) => `scan:${tabId}`;

const isStr = (v: unknown): v is string => typeof v === 'string';

export function parseScanState(raw: unknown): ScanState | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (!isStr(r.listUrl) || !/^https?:\/\//.test(r.listUrl) || !isStr(r.title) || !Array.isArray(r.links)) return null;
  const links = r.links.filter(
    (l): l is ScanLink => !!l && isStr((l as ScanLink).url) && /^https?:\/\//.test((l as ScanLink).url) && isStr((l as ScanLink).text),
  );
  const status = ['ready', 'running', 'done', 'cancelled'].includes(r.status as string) ? (r.status as ScanState['status']) : 'ready';
  const next = Number.isInteger(r.next) && (r.next as number) >= 0 ? Math.min(r.next as number, links.length) : 0;
  const records = Array.isArray(r.records)
    ? r.records.filter(
        (x): x is StoredRecord =>
          !!x &&
          isStr((x as StoredRecord).url) &&
          Array.isArray((x as StoredRecord).fingerprint) &&
          typeof (x as StoredRecord).stated === 'object',
      )
    : [];
  const problems = Array.isArray(r.problems)
    ? r.problems.filter(
        (p): p is Problem =>
          !!p &&
          isStr((p as Problem).url) &&
          (((p as Problem).type === 'failed' && isStr((p as { error: unknown }).error)) ||
            ((p as Problem).type === 'skipped' && isStr((p as { reason: unknown }).reason))),
      )
    : [];
  return { listUrl: r.listUrl, title: r.title, links, status, next, records, problems };
}

export function toRecord(s: StoredRecord): PageRecord {
  return { ...s, fingerprint: Uint32Array.from(s.fingerprint) };
}
export function toStored(r: PageRecord): StoredRecord {
  return { ...r, fingerprint: Array.from(r.fingerprint) };
}

/**
 * Worker thread of `dubao scan` / `dubao digest`: loads (a saved file) or parses (fetched HTML) one
 * page and builds its record with the engine; the record goes back by structured clone, the
 * Document stays here. Built as dist/node/scan-worker.mjs.
 */
import { parentPort } from 'node:worker_threads';
import { loadHtmlFile, parseHtml } from './io';
import { analyzePage } from '../core/scan/analyze';

export interface WorkerJob {
  id: number;
  url: string;
  file?: string;
  html?: string;
  linkText?: string;
}

parentPort?.on('message', (job: WorkerJob) => {
  void (async () => {
    try {
      const doc = job.file !== undefined ? (await loadHtmlFile(job.file)).document : parseHtml(job.html ?? '');
      parentPort!.postMessage({ id: job.id, out: analyzePage(doc, job.url, { linkText: job.linkText }) });
    } catch (err) {
      parentPort!.postMessage({ id: job.id, error: (err as Error).message });
    }
  })();
});

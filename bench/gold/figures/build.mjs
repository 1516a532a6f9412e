#!/usr/bin/env node
// Resolves the hand-written labels (labels.txt) to character offsets in the corpus texts and writes
// figures_dev.jsonl (labels only: corpus file, record id, offsets, label strings; no text). Run from the
// project root with the shared corpus beside it: `node bench/gold/figures/build.mjs`. The engine is not
// used here. Each text's half (tuning/checking) is fixed by an FNV-1a hash of "file record-id".
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { paragraphs } from './paragraphs.mjs';

export { paragraphs };

const here = path.dirname(fileURLToPath(import.meta.url));
const corpus = path.resolve(here, '../../../../shared/corpus');

/** The text a label block names: a JSONL record's `text` (id `<recordId>`), paragraph N of it (id
 * `<recordId>#pN`, see `paragraphs`), or paragraph `pN` of a page's gold body (`body_text` split on '\n'). */
export function labelText(file, id) {
  if (file.endsWith('.jsonl')) {
    const [rid, para] = id.split('#');
    for (const line of readFileSync(path.join(corpus, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line);
      if (r.id !== rid) continue;
      if (para === undefined) return r.text;
      const p = paragraphs(r.text)[Number(para.replace(/^p/, ''))];
      if (p === undefined || !/^p\d+$/.test(para)) throw new Error(`${file}: no paragraph ${id}`);
      return p;
    }
    throw new Error(`${file}: no record ${rid}`);
  }
  const page = JSON.parse(readFileSync(path.join(corpus, file), 'utf8'));
  const p = page.body_text.split('\n')[Number(id.replace(/^p/, ''))];
  if (p === undefined) throw new Error(`${file}: no paragraph ${id}`);
  return p;
}

/** 'trad' for the native Traditional texts (zh-Hant pages, the -tw converted NER copies are not used), else 'simp'. */
export function scriptOf(file) {
  if (file.endsWith('.jsonl')) return /-tw[_.]/.test(file) ? 'trad' : 'simp';
  return JSON.parse(readFileSync(path.join(corpus, file), 'utf8')).script === 'zh-Hant' ? 'trad' : 'simp';
}

export function halfOf(file, id) {
  const key = `${file} ${id}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % 2 === 0 ? 'tuning' : 'checking';
}

function nth(text, s, n, from = 0) {
  let at = from - 1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf(s, at + 1);
    if (at < 0) return -1;
  }
  return at;
}

// the build runs only when this file is the script (select-batch7.mjs imports `paragraphs`)
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

function main() {
  const blocks = [];
  // blocks after the "# Batch 2" … "# Batch 8" comments were labelled later, on texts the engine had not been run on
  let batch = 1;
  for (const raw of readFileSync(path.join(here, 'labels.txt'), 'utf8').split('\n')) {
    const line = raw.trim();
    const mark = /^# Batch (\d+)\b/.exec(line);
    if (mark) batch = Number(mark[1]);
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('@')) {
      const [file, id] = line.slice(1).trim().split(/\s+/);
      blocks.push({ file, id, batch, lines: [] });
    } else blocks.at(-1).lines.push(line);
  }
  const out = [];
  const errors = [];
  for (const b of blocks) {
    const text = labelText(b.file, b.id);
    const figures = [];
    for (const l of b.lines) {
      const [v, m, q] = l.split('|').map((x) => x.trim());
      const [value, occ] = v.split('#');
      const start = nth(text, value, Number(occ ?? 1));
      if (start < 0) {
        errors.push(`${b.file} ${b.id}: value ${v} not found`);
        continue;
      }
      const end = start + value.length;
      // a value found inside a longer number (37套 inside 337套) is the wrong occurrence
      if (/[0-9０-９.．]/.test(text[start - 1] ?? '') && /^[0-9０-９]/.test(value))
        errors.push(`${b.file} ${b.id}: value ${v} found inside a longer number`);
      let measure = null;
      if (m && m !== '-') {
        const after = m.startsWith('>');
        const mt = after ? m.slice(1) : m;
        const ms = after ? text.indexOf(mt, end) : text.lastIndexOf(mt, start - mt.length);
        if (ms < 0) errors.push(`${b.file} ${b.id}: measure ${m} not found ${after ? 'after' : 'before'} ${v}`);
        else measure = { start: ms, end: ms + mt.length, text: mt };
      }
      if (q && text.slice(Math.max(0, start - 30), end + 4).indexOf(q) < 0 && !value.includes(q))
        errors.push(`${b.file} ${b.id}: qualifier ${q} not near ${v}`);
      figures.push({ start, end, value, measure, qualifier: q || null });
    }
    out.push({ file: b.file, id: b.id, script: scriptOf(b.file), batch: b.batch, half: halfOf(b.file, b.id), figures });
  }
  if (errors.length) {
    console.error(errors.join('\n'));
    process.exit(1);
  }
  writeFileSync(path.join(here, 'figures_dev.jsonl'), out.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const count = (h, b, s) => out.filter((r) => (!h || r.half === h) && (!b || r.batch === b) && (!s || r.script === s));
  const line = (rs) => `${rs.length} texts, ${rs.reduce((a, r) => a + r.figures.length, 0)} figures`;
  for (const b of [null, ...new Set(out.map((r) => r.batch))])
    for (const h of [null, 'tuning', 'checking'])
      console.log(`${b ? `batch ${b}` : 'all batches'} ${h ?? 'whole'}: ${line(count(h, b))} (Traditional ${line(count(h, b, 'trad'))})`);
}

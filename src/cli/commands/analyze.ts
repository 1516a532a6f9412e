/** `dubao analyze`: plain text JSON Lines {id, text} on stdin → entities, figures, dates, key sentences. */
import type { Command } from '../command';
import { isOversize, readLines, tooLargeMessage, UsageError, writeJsonLine } from '../io';
import { entityMentions, summarize } from '../../core/summary/index';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'entities, key figures, dates and key sentences of plain texts (JSON Lines stdin → stdout)',
  usage: [
    'Usage: dubao analyze [--key-sentences N] [--published-at DATE] < texts.jsonl',
    '',
    'Reads JSON Lines {id, text[, publishedAt]} on stdin; writes one line per input:',
    '  {id, entities:[{start,end,type,text}], figures:[{start,end,value,number,unit,kind,measure,qualifier}],',
    '   dates:[{start,end,text,iso}], keySentences:[{start,end,text}]}',
    'type is PER, LOC, ORG or DOC; measure is {start,end,text} or null; offsets are UTF-16 code units',
    'into that text, end exclusive. Traditional text is analysed as well as Simplified.',
    'A line that is not JSON, has no "text", or is longer than 64 MB (DUBAO_MAX_INPUT_BYTES) gives',
    '{id, line, error} on its line; the other lines are still processed and the exit code is 1.',
    '',
    'Options:',
    '  --key-sentences N    how many key sentences (default 3)',
    '  --published-at DATE  reference date for 今年/4月3日 (YYYY-MM-DD) when a line has none',
  ].join('\n'),
  options: { 'key-sentences': { type: 'string' }, 'published-at': { type: 'string' } },
  async run({ io, values }) {
    const n = values['key-sentences'] === undefined ? 3 : Number(values['key-sentences']);
    if (!Number.isInteger(n) || n < 0) throw new UsageError('--key-sentences must be a non-negative integer');
    const defaultDate = typeof values['published-at'] === 'string' ? values['published-at'] : null;
    let failed = false;
    let lineNo = 0;
    for await (const line of readLines(io.stdin)) {
      lineNo++;
      if (isOversize(line)) {
        failed = true;
        await writeJsonLine(io.stdout, { id: null, line: lineNo, error: tooLargeMessage('line', line.limit) });
        continue;
      }
      if (!line.trim()) continue;
      let rec: { id?: unknown; text?: unknown; publishedAt?: unknown };
      try {
        rec = JSON.parse(line) as typeof rec;
      } catch {
        failed = true;
        await writeJsonLine(io.stdout, { id: null, line: lineNo, error: 'invalid JSON' });
        continue;
      }
      if (typeof rec.text !== 'string') {
        failed = true;
        await writeJsonLine(io.stdout, { id: rec.id ?? null, line: lineNo, error: 'missing "text" string' });
        continue;
      }
      const text = rec.text;
      const sum = summarize(text, { keySentences: n, publishedAt: typeof rec.publishedAt === 'string' ? rec.publishedAt : defaultDate });
      await writeJsonLine(io.stdout, {
        id: rec.id ?? null,
        entities: entityMentions(sum.entities).map((e) => ({ start: e.start, end: e.end, type: e.type, text: text.slice(e.start, e.end) })),
        figures: sum.figures.map((f) => ({
          start: f.start,
          end: f.end,
          value: f.value,
          number: f.number,
          unit: f.unit,
          kind: f.kind,
          measure: f.measure,
          qualifier: f.qualifier,
        })),
        dates: sum.dates,
        keySentences: sum.keySentences,
      });
    }
    return failed ? 1 : 0;
  },
};

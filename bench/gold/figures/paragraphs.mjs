// Shared by build.mjs and the bench (bench/summary-figures.ts), which bundles it: no file access here.
/** The paragraphs of a long JSONL text (batch 7's summary/clts_samples.jsonl): split on '\n' when the text has
 * line breaks, else after each '。' (kept at the end of its paragraph). The 7 CLTS texts have no line break at
 * all (560–2330 characters each), so they are split on '。'. */
export function paragraphs(text) {
  return text.includes('\n') ? text.split('\n') : text.split(/(?<=。)/);
}

/** Small text measures used by the scorers: content length, sentence punctuation, Chinese share. */

const SENTENCE_PUNCT_RE = /[，。！？；、,!?;]|\.(?=\s|$)/g;
const HAN_G = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

/** Characters that carry content (no whitespace). */
export function contentLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== 32) n++;
  return n;
}

export function punctuationCount(text: string): number {
  return text.match(SENTENCE_PUNCT_RE)?.length ?? 0;
}

export function hanCount(text: string): number {
  return text.match(HAN_G)?.length ?? 0;
}

/** Ends like a sentence (Chinese or Western full stop, quote after a stop, etc.). */
export function endsLikeSentence(text: string): boolean {
  return /[。！？!?…；;.：:）)」』”"’]$/.test(text);
}

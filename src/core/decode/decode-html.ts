/**
 * Decode the bytes of a saved HTML page: BOM first, then a `<meta charset>` / `http-equiv`
 * declaration in the first 1024 bytes (WHATWG prescan, simplified), then sniffing (valid UTF-8,
 * else the better of GB18030 and Big5 by how much common Chinese text each yields).
 *
 * Unlike a browser, a declaration the bytes contradict is overruled, and said so: pages re-saved
 * by crawlers keep their old `<meta charset="gb2312">` over UTF-8 bytes, and a page declared UTF-8
 * may hold GBK or Big5 bytes. Every decision is reported in `warnings` (type `decoding`), and text
 * that still looks garbled (mojibake) is flagged, never handed on silently.
 * Uses only `TextDecoder`, so it runs in Node and in browsers.
 */

export interface DecodeWarning {
  type: 'decoding' | 'mojibake';
  message: string;
}

export interface DecodedHtml {
  text: string;
  /** WHATWG encoding name actually used, e.g. "utf-8", "gbk", "big5". */
  encoding: string;
  /** How the encoding was chosen; `content` when the bytes overruled the declaration. */
  via: 'bom' | 'meta' | 'sniff' | 'override' | 'content';
  /** The encoding the page declares in `<meta>`, if any. */
  declared: string | null;
  /** The decoding decision, and any sign that the text is still garbled. */
  warnings: DecodeWarning[];
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** The sniffing candidates for Chinese pages that are not UTF-8. */
const LEGACY = ['gb18030', 'big5'];
/** How much of the page the content checks read. */
const SAMPLE_BYTES = 256 * 1024;

function normaliseLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/** Find a charset declared in a meta tag within the first 1024 bytes (ASCII-compatible scan). */
export function prescanMetaCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).toLowerCase();
  const metaRe = /<meta\b[^>]*>/g;
  for (let m = metaRe.exec(head); m; m = metaRe.exec(head)) {
    const tag = m[0];
    const direct = /\bcharset\s*=\s*["']?\s*([a-z0-9_.:-]+)/.exec(tag);
    if (direct) {
      const enc = normaliseLabel(direct[1]!);
      if (enc) return enc === 'utf-16le' || enc === 'utf-16be' ? 'utf-8' : enc;
    }
  }
  return null;
}

const COMMON_HANZI =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质九';
const COMMON_TRAD =
  '的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處理府研';
const COMMON = new Set([...COMMON_HANZI, ...COMMON_TRAD]);
const HAN_RE = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** UTF-8 read as Latin-1 / Windows-1252: `ä¸­æ–‡` for 中文. */
const LATIN_MOJIBAKE_RE = /[\u00c2-\u00ef][\u0080-\u00bf\u2018-\u203a\u0152-\u0192\u02c6-\u02dc\u20ac\u2122]/g;

export interface TextQuality {
  han: number;
  /** Han characters among the ~500 most common ones (Simplified and Traditional). */
  common: number;
  /** U+FFFD replacement characters: bytes the decoder could not read. */
  replaced: number;
  /** Pairs that are UTF-8 read as Latin-1 / Windows-1252. */
  latinPairs: number;
}

export function textQuality(text: string): TextQuality {
  let han = 0;
  let common = 0;
  let replaced = 0;
  for (const ch of text) {
    if (ch === '\ufffd') replaced++;
    else if (HAN_RE.test(ch)) {
      han++;
      if (COMMON.has(ch)) common++;
    }
  }
  return { han, common, replaced, latinPairs: text.match(LATIN_MOJIBAKE_RE)?.length ?? 0 };
}

/** How well a decoding reads as text: common characters count for it, unreadable bytes against it. */
function score(q: TextQuality): number {
  return q.common - 5 * q.replaced;
}

/**
 * Garbled text: many replacement characters, UTF-8 read as Latin-1, or Han text made of rare
 * characters (UTF-8 bytes read as GBK give 涓枃 for 中文). In real Chinese text the ~500 common
 * characters are well over a third of all Han characters; in mojibake they are a small fraction.
 */
export function mojibakeReason(q: TextQuality): string | null {
  if (q.replaced >= 20 && q.replaced > q.han * 0.02) return `${q.replaced} unreadable byte sequences (U+FFFD)`;
  if (q.latinPairs >= 20 && q.latinPairs > q.han) return `${q.latinPairs} pairs of UTF-8 read as Latin-1 (e.g. "ä¸­")`;
  if (q.han >= 200 && q.common < q.han * 0.18) {
    return `only ${Math.round((100 * q.common) / q.han)}% of the Han characters are common ones (real Chinese text: over a third)`;
  }
  return null;
}

function decode(bytes: Uint8Array, enc: string): string {
  return new TextDecoder(enc).decode(bytes);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Multi-byte UTF-8 sequences (lead bytes ≥ 0xC2): ASCII-only bytes are valid in every encoding and prove nothing. */
function hasMultibyte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0xc2) return true;
  return false;
}

/** The legacy candidate that reads best on the sample, with its quality. */
function bestLegacy(sample: Uint8Array): { enc: string; q: TextQuality } {
  let best = { enc: LEGACY[0]!, q: textQuality(decode(sample, LEGACY[0]!)) };
  for (const enc of LEGACY.slice(1)) {
    const q = textQuality(decode(sample, enc));
    if (score(q) > score(best.q)) best = { enc, q };
  }
  return best;
}

export function sniffEncoding(bytes: Uint8Array): string {
  if (isValidUtf8(bytes)) return 'utf-8';
  return bestLegacy(bytes.subarray(0, 64 * 1024)).enc;
}

/** Decode with the chosen encoding, flag mojibake, and return the whole decision. */
function finish(bytes: Uint8Array, enc: string, via: DecodedHtml['via'], declared: string | null, decision: string, skip = 0): DecodedHtml {
  // Pages that declare gb2312/gbk routinely contain GBK/GB18030-only characters: decode with the superset.
  const text = decode(bytes.subarray(skip), enc === 'gbk' ? 'gb18030' : enc);
  const warnings: DecodeWarning[] = [{ type: 'decoding', message: decision }];
  const reason = mojibakeReason(textQuality(text.length > SAMPLE_BYTES ? text.slice(0, SAMPLE_BYTES) : text));
  if (reason) warnings.push({ type: 'mojibake', message: `the text looks garbled after decoding as ${enc}: ${reason}` });
  return { text, encoding: enc, via, declared, warnings };
}

export function decodeHtml(bytes: Uint8Array, override?: string): DecodedHtml {
  const declared = prescanMetaCharset(bytes);
  if (override) {
    const enc = normaliseLabel(override);
    if (!enc) throw new Error(`unknown encoding: ${override}`);
    return finish(bytes, enc, 'override', declared, `decoded as ${enc}, as asked`);
  }
  for (const [bom, enc] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return finish(bytes, enc, 'bom', declared, `decoded as ${enc}: byte order mark`, bom.length);
  }
  const valid = isValidUtf8(bytes);
  if (declared && declared !== 'utf-8') {
    // Valid UTF-8 with multi-byte sequences that reads at least as well as the declared decoding:
    // a page re-saved as UTF-8 that kept its old declaration.
    if (valid && hasMultibyte(bytes)) {
      const sample = bytes.subarray(0, SAMPLE_BYTES);
      const asUtf8 = textQuality(decode(sample, 'utf-8'));
      const asDeclared = textQuality(decode(sample, declared === 'gbk' ? 'gb18030' : declared));
      if (score(asUtf8) >= score(asDeclared)) {
        return finish(
          bytes,
          'utf-8',
          'content',
          declared,
          `<meta> declares ${declared} but the bytes are valid UTF-8 with multi-byte sequences: decoded as UTF-8`,
        );
      }
    }
    return finish(bytes, declared, 'meta', declared, `decoded as ${declared}, as declared in <meta>`);
  }
  if (declared === 'utf-8') {
    if (valid) return finish(bytes, 'utf-8', 'meta', declared, 'decoded as utf-8, as declared in <meta>');
    // Declared UTF-8 but not: a legacy encoding that reads clearly better wins.
    const sample = bytes.subarray(0, SAMPLE_BYTES);
    const asUtf8 = textQuality(decode(sample, 'utf-8'));
    const legacy = bestLegacy(sample);
    if (score(legacy.q) > score(asUtf8) && legacy.q.replaced < asUtf8.replaced) {
      return finish(
        bytes,
        legacy.enc,
        'content',
        declared,
        `<meta> declares utf-8 but the bytes are not valid UTF-8; they read as ${legacy.enc}: decoded as ${legacy.enc}`,
      );
    }
    return finish(
      bytes,
      'utf-8',
      'meta',
      declared,
      `decoded as utf-8, as declared in <meta>; ${asUtf8.replaced} invalid byte sequences in the first ${sample.length} bytes replaced by U+FFFD`,
    );
  }
  const enc = sniffEncoding(bytes);
  return finish(
    bytes,
    enc,
    'sniff',
    null,
    `no charset declared: ${enc === 'utf-8' ? 'the bytes are valid UTF-8' : `the bytes read best as ${enc}`}: decoded as ${enc}`,
  );
}

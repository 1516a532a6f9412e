/**
 * Decode the bytes of a saved HTML page as a browser would: BOM first, then a `<meta charset>` /
 * `http-equiv` declaration in the first 1024 bytes (WHATWG prescan, simplified), then sniffing
 * (valid UTF-8, else the better of GB18030 and Big5 by how much common Chinese text each yields).
 * Uses only `TextDecoder`, so it runs in Node and in browsers.
 */

export interface DecodedHtml {
  text: string;
  /** WHATWG encoding name actually used, e.g. "utf-8", "gbk", "big5". */
  encoding: string;
  /** How the encoding was chosen. */
  via: 'bom' | 'meta' | 'sniff' | 'override';
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

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

const COMMON_HANZI = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质九';
const COMMON_TRAD = '的一是在不了有和人這中大為上個國我以要他時來用們生到作地於出就分對成會可主發年動同工也能下過子說產種面而方後多定行學法所民得經十三之進著等部度家電力裡如水化高自二理起小物現實加量都兩體制機當使點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員革位入常文總次品式活設及管特件長求老頭基資邊流路級少圖山統接知較將組見計別她手角期根論運農指幾九區強放決西被幹做必戰先回則任取據處理府研';
const COMMON = new Set([...COMMON_HANZI, ...COMMON_TRAD]);

function score(text: string): number {
  let good = 0;
  let bad = 0;
  for (const ch of text) {
    if (ch === '\ufffd') bad += 5;
    else if (COMMON.has(ch)) good++;
  }
  return good - bad;
}

export function sniffEncoding(bytes: Uint8Array): string {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    /* not UTF-8 */
  }
  const sample = bytes.subarray(0, 64 * 1024);
  const candidates = ['gb18030', 'big5'];
  let best = 'gb18030';
  let bestScore = -Infinity;
  for (const enc of candidates) {
    const s = score(new TextDecoder(enc).decode(sample));
    if (s > bestScore) {
      best = enc;
      bestScore = s;
    }
  }
  return best;
}

export function decodeHtml(bytes: Uint8Array, override?: string): DecodedHtml {
  if (override) {
    const enc = normaliseLabel(override);
    if (!enc) throw new Error(`unknown encoding: ${override}`);
    return { text: new TextDecoder(enc).decode(bytes), encoding: enc, via: 'override' };
  }
  for (const [bom, enc] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) {
      return { text: new TextDecoder(enc).decode(bytes.subarray(bom.length)), encoding: enc, via: 'bom' };
    }
  }
  const meta = prescanMetaCharset(bytes);
  if (meta) {
    // Pages that declare gb2312 routinely contain GBK/GB18030-only characters: decode with the superset.
    const enc = meta === 'gbk' ? 'gb18030' : meta;
    return { text: new TextDecoder(enc).decode(bytes), encoding: meta, via: 'meta' };
  }
  const enc = sniffEncoding(bytes);
  return { text: new TextDecoder(enc).decode(bytes), encoding: enc, via: 'sniff' };
}

/**
 * What a page says about where its story comes from: the 来源 line (from article detection), the
 * original headline (原标题), a 转载自 / 本文来自 note, and the wire agency of its dateline
 * (新华社北京5月12日电, 中新网上海电, 中央社記者…台北12日電). The agency names are data.
 */

/** News agencies and central outlets whose datelines mark a wire story (Simplified and Traditional). */
export const AGENCIES = [
  '新华社',
  '新華社',
  '中新社',
  '中新网',
  '中新網',
  '中国新闻社',
  '中國新聞社',
  '中央社',
  '中央通讯社',
  '中央通訊社',
  '人民网',
  '人民網',
  '央视网',
  '央視網',
  '央视新闻',
  '央視新聞',
  '中通社',
  '香港中通社',
  '国际在线',
  '國際在線',
  '人民日报',
  '人民日報',
  '光明日报',
  '光明日報',
  '经济日报',
  '經濟日報',
  '法制日报',
  '法治日报',
  '中国日报',
  '中國日報',
  '路透社',
  '法新社',
  '美联社',
  '美聯社',
  '共同社',
  '韩联社',
  '韓聯社',
  '塔斯社',
  '德新社',
  '安莎社',
  '埃菲社',
];
const AGENCY_ALT = [...AGENCIES].sort((a, b) => b.length - a.length).join('|');
/** `新华社北京5月12日电` / `（中央社記者王小明台北12日電）` / `本报讯` is not a wire: an agency, then ≤ 24 characters, then 电/讯. */
const DATELINE_RE = new RegExp(`^[\\s（(【\\[]*(?:据|據)?(${AGENCY_ALT})[^。！？\\n]{0,24}?(?:电|電|讯|訊|消息)`);
const ORIGINAL_TITLE_RE = /原[标標][题題]\s*[:：]\s*[《“"]?([^\n》”"]{4,80})/;
const REPRINTED_RE = /(?:转载自|轉載自|转自|轉自|本文来自|本文來自|稿件来源|稿件來源)\s*[:：]?\s*[《“"]?([\u3400-\u9fffA-Za-z0-9·]{2,20})/;

export interface StatedOrigin {
  /** The 来源 the page gives (article detection's source). */
  source: string | null;
  /** The wire agency of the dateline, when the body opens with one. */
  agency: string | null;
  originalTitle: string | null;
  reprintedFrom: string | null;
}

/** Read the origin a page states from its body text and (for 原标题 / 转载自 lines the body left out) the page text. */
export function statedOrigin(source: string | null, bodyText: string, pageText: string): StatedOrigin {
  const firstLines = bodyText.split('\n').slice(0, 3);
  let agency: string | null = null;
  for (const line of firstLines) {
    const m = DATELINE_RE.exec(line.slice(0, 80));
    if (m) {
      agency = m[1]!;
      break;
    }
  }
  const title = ORIGINAL_TITLE_RE.exec(bodyText) ?? ORIGINAL_TITLE_RE.exec(pageText);
  const reprint = REPRINTED_RE.exec(bodyText) ?? REPRINTED_RE.exec(pageText);
  return {
    source,
    agency,
    originalTitle: title ? title[1]!.trim().replace(/[》”"]+$/, '') : null,
    reprintedFrom: reprint ? reprint[1]! : null,
  };
}

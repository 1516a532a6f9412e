/**
 * Metadata lines of Chinese news pages: 来源/來源 (source), 记者/作者/文/撰文/通讯员 (author),
 * 责任编辑/編輯 (editor), 原标题. Patterns are Simplified and Traditional alike.
 */
import { isLikelyPersonName, leadingName, splitPersonNames } from './names';

const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
/** Stop characters ending a field value. */
const STOP = `\\s|｜/\\\\，,。;；:：()（）\\[\\]【】〔〕［］<>《》"“”'`;

const SOURCE_RE = new RegExp(
  `(?:(?:来源|來源|稿源|出处|出處|来自|來自|消息来源|新闻来源|新聞來源)\\s*[:：])\\s*[\\[【(（]?\\s*([^${STOP}]{2,30}(?:[-—·][^${STOP}]{2,20})?)`,
);
const EDITOR_RE = new RegExp(
  `(?:责任编辑|責任編輯|责编|責編|值班编辑|值班編輯|编辑|編輯|审核|審核|校对|校對)\\s*[:：]?\\s*([${HAN}A-Za-z0-9_·]{2,20})`,
);
const EDITOR_LABEL_RE = new RegExp(
  '(?:责任编辑|責任編輯|责编|責編|值班编辑|值班編輯)\\s*[:：]?|(?:^|[\\s(（\\[【|])(?:编辑|編輯)\\s*[:：]' +
    // `（松花江网编辑 孙桂芳）`: an outlet's editor, named right after the label at the end of the line.
    `|[网網报報社台刊](?:编辑|編輯)(?![部室组組])\\s*[:：]?\\s*[${HAN}·]{2,6}\\s*[)）】]?\\s*$`,
);
const NAME = `[${HAN}·•A-Za-z]{2,8}`;
const NAMES = `${NAME}(?:(?:\\s+|[、&＆,，和及与與]\\s*)${NAME}){0,4}`;
const AUTHOR_RE = new RegExp(
  `(?:记者|記者|作者|撰文|撰稿|执笔|執筆|采写|採寫|通讯员|通訊員|文\\s*[/／|]|文\\s*[:：]|图\\s*[/／]\\s*文\\s*[/／:：]?)\\s*[:：/／]?\\s*(${NAMES})`,
);
/** Words that cannot be (the whole of) a name: labels and units that follow a byline. */
const NOT_NAME_RE =
  /^(?:来源|來源|编辑|編輯|责任编辑|責任編輯|发布|發布|时间|時間|日期|报道|報導|报道组|摄影|攝影|摄|攝|电|電|讯|訊|获悉|获得|了解|发现|采访|採訪|注意|表示|看到)$/;
const TRAILING_JUNK_RE =
  /(?:分享到|分享至|分享|打印|列印|报道|報導|摄影|攝影|摄|攝|电|電|讯|訊|发|發|整理|编译|編譯|来源|來源|编辑|編輯|责任编辑|責任編輯|字号|字號|发布|發布|时间|時間|日期|原标题|原標題)$/;

/** Words that start the text after 作者 when it is not a byline: 作者最新文章, 作者简介… */
const NOT_NAME_START_RE =
  /^(?:最新|文章|简介|簡介|介绍|介紹|相关|相關|其他|其它|更多|专栏|專欄|主页|主頁|信息|資訊|声明|聲明|授权|授權|原创|原創|投稿|近期|热门|熱門|推荐|推薦|列表|关注|關注|们|們|自己|本人|本文|观点|觀點|所有|保留|同意|认为|認為)/;

function cleanName(raw: string): string | null {
  let s = raw.trim().replace(/^[·•\s]+|[·•\s]+$/g, '');
  if (NOT_NAME_START_RE.test(s)) return null;
  for (let i = 0; i < 3; i++) {
    const t = s.replace(TRAILING_JUNK_RE, '').trim();
    if (t === s) break;
    s = t;
  }
  if (s.length < 2 || NOT_NAME_RE.test(s)) return null;
  // Prose, not a name: sentence punctuation, or a function word where a surname would be (`从市政府了解到`).
  if (/[，。！？；,!?;]/.test(s)) return null;
  if (FUNCTION_START_RE.test(s) && !isLikelyPersonName(s)) return null;
  return s;
}

/** Function words that start a clause, never a byline name. */
const FUNCTION_START_RE =
  /^(?:从|從|在|对|對|向|据|據|将|將|把|被|于|於|是|的|了|到|和|与|與|就|也|都|还|還|又|曾|已|正|称|稱|说|說|表示|获悉|獲悉|了解|介绍|介紹)/;

/**
 * The names of a byline, without what follows them on the line: a place after the names
 * (`賴淑敏 蔣龍祥 台北`) is dropped when the parts before it look like names and it does not.
 */
function dropTrailingNonNames(parts: string[]): string[] {
  if (parts.length < 2 || !parts.slice(0, -1).every(isLikelyPersonName)) return parts;
  const out = [...parts];
  while (out.length > 1 && !isLikelyPersonName(out[out.length - 1]!)) out.pop();
  return out;
}

/**
 * Labels separated from their value by a bar — `编辑丨张三`, `来源 | 人民日报`, `作者｜李四` (丨 is a
 * Han character, so it would otherwise read as part of the name) — read as `label：value`.
 */
function barsToColons(line: string): string {
  return line.replace(/\s*[丨｜|]\s*/g, '：');
}

/** `本文来源于国家统计局`, `來源於中央社`, `转载自人民网`: the origin named without a colon, opening the line. */
const SOURCE_FROM_RE = new RegExp(
  `^[\\[【(（]?\\s*(?:本文|本稿|文章|稿件|此文)?(?:来源于|來源於|来源自|來源自|转载自|轉載自|转自|轉自)\\s*([^${STOP}]{2,30})`,
);

export function matchSource(line0: string): string | null {
  const line = barsToColons(line0);
  const m = SOURCE_RE.exec(line) ?? SOURCE_FROM_RE.exec(line0.trim());
  if (!m) return null;
  let s = m[1]!.trim();
  s = s.replace(/(?:参与互动|參與互動|评论|評論|分享|打印|字号|字號)$/, '');
  s = s.replace(/(?:作者|记者|記者|编辑|編輯|责任编辑|責任編輯|发布时间|發布時間|时间|時間|浏览|瀏覽|点击|點擊).*$/, '');
  return s.length >= 2 && !/^(?:http|www)/i.test(s) ? s : null;
}

/** A name that runs on into an affiliation (`方敏北京大学经济学院教授`) is cut to its name-sized head. */
function trimRunOn(part: string): string {
  if (part.length < 5 || !/^[\u3400-\u9fff]+$/.test(part)) return part;
  return leadingName(part) ?? part;
}

/**
 * The editor(s) a line names: every editor label on it (`编辑：倪仕轩 责任编辑：杨格`) and names
 * listed after one label (`责任编辑：王敏、李洁`), joined with 、.
 */
export function matchEditor(line0: string): string | null {
  const line = barsToColons(line0);
  if (!EDITOR_LABEL_RE.test(line)) return null;
  const names: string[] = [];
  const re = new RegExp(EDITOR_RE.source, 'g');
  for (let m = re.exec(line); m; m = re.exec(line)) {
    // After the first, only a label proper (`责任编辑`, `编辑：`) adds a name, not 编辑 inside a word.
    if (names.length && !/^(?:责任编辑|責任編輯|责编|責編|值班编辑|值班編輯)|^(?:编辑|編輯)\s*[:：]/.test(line.slice(m.index))) continue;
    const first = cleanName(m[1]!);
    if (!first) continue;
    names.push(first);
    // More names after the first, joined by 、 or ，: `王敏、李洁`.
    const more = new RegExp(`^\\s*[、，,/／]\\s*([${HAN}·]{2,4})(?![${HAN}])`);
    let rest = line.slice(m.index + m[0].length);
    for (let k = more.exec(rest); k && names.length < 4; k = more.exec(rest)) {
      const n = cleanName(k[1]!);
      if (!n || !isLikelyPersonName(n)) break;
      names.push(n);
      rest = rest.slice(k[0].length);
    }
  }
  const unique = [...new Set(names)];
  return unique.length ? unique.join('、') : null;
}

export function matchAuthor(line0: string): string | null {
  const line = barsToColons(line0);
  const m = AUTHOR_RE.exec(line);
  if (!m) return null;
  // A wire dateline runs the name into the place: `中央社記者張三台北10日電`, `记者李明北京电`.
  const after = line.slice(m.index + m[0].length);
  const wire = /^\s*\d{1,2}\s*日?\s*[电電]/.test(after) || /[电電]$/.test(m[1]!);
  // `南都记者 余毅菁`, `本报记者 王建宏`, `新华社记者格桑边觉`: the outlet qualifying the label is no name.
  // Then "记者 X 通讯员 Y": stop at a following label.
  const raw = m[1]!.replace(/^\S{0,12}?(?:记者|記者)\s*/, '').split(/\s*(?:通讯员|通訊員|记者|記者|来源|來源|编辑|編輯|摄影|攝影)\s*/)[0]!;
  const parts = dropTrailingNonNames(
    raw
      .split(/\s+/)
      .map(cleanName)
      .filter((x): x is string => !!x)
      .map(trimRunOn),
  );
  if (!parts.length) return null;
  if (wire) {
    const last = parts[parts.length - 1]!;
    if (last.length >= 4) parts[parts.length - 1] = leadingName(last) ?? last;
  }
  return parts.join(' ');
}

const ORG_REPORTER_RE = new RegExp(
  `^[（(【\\[]?\\s*(?:整合|据|據)?\\s*([${HAN}A-Za-z·]{2,16}?(?:日报|日報|晚报|晚報|报|報|社|网|網|台|电视台|電視台|新闻|新聞|交汇点|客户端|客戶端)(?:·[${HAN}]{2,8})?)(?:[${HAN}]{0,8}?(?:电|電|讯|訊))?\\s*[（(]?(?:全媒体|全媒體|首席|特约|特約|实习|實習|见习|見習|驻[${HAN}]{1,4})?\\s*(?:记者|記者)`,
);
const ORG_PREFIX_JUNK_RE = /(?:全媒体|全媒體|首席|特约|特約|实习|實習|见习|見習)$/;

/** The news organisation a reporter line names: 光明日报记者 X → 光明日报; 据新华社拉萨电（记者 X） → 新华社. */
export function matchReporterOrg(line: string): string | null {
  const m = ORG_REPORTER_RE.exec(line.trim());
  if (!m) return null;
  let org = m[1]!.replace(ORG_PREFIX_JUNK_RE, '');
  if (/^(?:本报|本報|本网|本網|本台|本刊)$/.test(org)) return null;
  org = org.replace(/(?:社)$/, (x, off: number) => (off >= 4 && /日报|日報|晚报|晚報/.test(org.slice(off - 2, off)) ? '' : x));
  return org.length >= 2 ? org : null;
}

const DATELINE_ORG_RE = new RegExp(
  `^[（(【\\[]?\\s*(?:据|據)?\\s*([${HAN}]{2,6}?(?:通讯社|通訊社|社|网|網|电视台|電視台|台|日报|日報|晚报|晚報|报|報))(?:记者|記者)?[${HAN}·\\s]{0,12}?\\d{1,2}\\s*(?:月\\s*\\d{1,2}\\s*)?日\\s*(?:电|電)`,
);

/**
 * The agency of a wire dateline opening the story: `新华社北京12月7日电`, `（中央社記者張三桃園19日電）`
 * → 新华社, 中央社. Not the paper's own `本报北京…电`.
 */
export function matchDatelineOrg(line: string): string | null {
  const m = DATELINE_ORG_RE.exec(line.trim());
  if (!m || /^(?:本报|本報|本网|本網|本台|本刊)$/.test(m[1]!)) return null;
  return m[1]!;
}

const REPORT_RE = new RegExp(
  `^([${HAN}A-Za-z]{1,10}?(?:新聞|新闻|電視台|电视台|日報|日报|晚報|晚报|通訊社|通讯社|網|网|報|报|台|社))\\s*(?:記者|记者)?\\s*([${HAN}·、，,\\s]{2,30}?)\\s*(?:報導|报道|報道|採訪報導|采访报道)$`,
);

/**
 * A story signed at its end by outlet, reporters and place: `（民視新聞陳韻平、郭文海台北報導）`,
 * `（台視新聞 王小明 高雄報導）` → the outlet and the names (a place after the last name dropped).
 */
export function matchReportFragment(fragment: string): { org: string; names: string } | null {
  const m = REPORT_RE.exec(fragment.trim());
  if (!m) return null;
  const parts = m[2]!
    .trim()
    .split(/\s*[、，,\s]\s*/)
    .filter(Boolean);
  if (!parts.length || parts.length > 5) return null;
  const last = parts[parts.length - 1]!;
  if (!isLikelyPersonName(last)) {
    const head = last.length >= 4 ? leadingName(last) : null;
    if (head) parts[parts.length - 1] = head;
    else if (parts.length > 1) parts.pop();
    else return null;
  }
  if (!parts.every(isLikelyPersonName)) return null;
  const sep = /[、，,]/.test(m[2]!) ? '、' : ' ';
  return { org: m[1]!, names: parts.join(sep) };
}

/** A line that is only metadata (byline, source, editor, date, 原标题…), not body text. */
export function isMetaLine(line: string): boolean {
  const t = line.replace(/\s+/g, '');
  if (t.length > 80) return false;
  // `原标题：…` is metadata even when the old headline ends in ！ or ？.
  if (/^[(（[【]?(?:原标题|原標題)[:：]/.test(t)) return true;
  // A line that is only a bracketed byline: `（松花江网编辑 孙桂芳）`, `（记者 胡晓蓉）`, `（张巨峰）`.
  const inner = /^[（(【[〔［]([^（()）【】[\]〔〕［］]{2,40})[）)】\]〕］]$/.exec(line.trim());
  if (inner && (matchEditor(inner[1]!) || matchAuthor(inner[1]!) || matchBareNames(inner[1]!.trim()))) return true;
  if (
    t.length <= 50 &&
    !/[。！？]/.test(t) &&
    /^[(（[【]?(?:责任编辑|責任編輯|责编|責編|编辑|編輯|来源|來源|稿源|原标题|原標題|作者|记者|記者|撰文|执笔|執筆|通讯员|通訊員|校对|校對|审核|審核|监制|監製|出品|策划|策劃|文[/／]|图[/／]|圖[/／]|摄影|攝影)/.test(
      t,
    )
  )
    return true;
  if (/(?:责任编辑|責任編輯|责编)[:：]/.test(t) && t.length <= 40) return true;
  if (/^By[A-Z][\w.'-]+(?:[A-Z][\w.'-]+){0,3}(?:[·|,]|and|$)/.test(t) && t.length <= 80) return true;
  if (/(?:来源|來源)[:：]/.test(t) && t.length <= 60 && !/[。！？]/.test(t)) return true;
  if (/^(?:\S{0,16}(?:记者|記者|通讯员|通訊員))[^，。！？]{1,24}$/.test(t) && !/[。！？，]/.test(t)) return true;
  return false;
}

/**
 * Bylines written into the story's own first or last paragraph: the bracketed group opening it
 * (`本报讯（记者 王明）…`, `据新华社拉萨电（记者 格桑边觉）…`) and the one closing it after the last
 * sentence (`…高质量发展。（记者 胡晓蓉）`, `…举行。（张巨峰）`, `（松花江网编辑 孙桂芳）`).
 */
export function edgeFragments(line: string): { opening: string | null; closing: string | null } {
  const head = /^[^（(【[〔［。！？]{0,24}[（(【[〔［]([^（()）【】[\]〔〕［］]{2,40})[）)】\]〕］]/.exec(line);
  const tail = /(?:^|[。！？!?」』”"…])\s*[（(【[〔［]([^（()）【】[\]〔〕［］]{2,40})[）)】\]〕］]\s*$/.exec(line);
  return { opening: head ? head[1]!.trim() : null, closing: tail ? tail[1]!.trim() : null };
}

/**
 * A closing bracket group that holds only people's names (`（张巨峰）`, `（王一鸣 李华）`): the
 * reporter, by the common convention of signing the story at its end. Names must look like names
 * (surname + given name), so `（完）`, `（新华社）` or `（图）` are not taken.
 */
export function matchBareNames(fragment: string): string | null {
  const names = splitPersonNames(fragment);
  return names ? names.join(' ') : null;
}

/**
 * Priors on how Chinese personal names look, for bylines that carry no label or run on into the
 * following text: a common surname (single, or compound like 欧阳/范姜) then a 1–2 character given
 * name; minority names joined with `·`. Common surnames are general knowledge (the usual
 * 百家姓 frequency lists), written here with their Traditional forms (converted with opencc-js).
 */
import { wordSegmenter } from '../text/word-segmenter';

const SINGLE_SURNAMES = new Set(
  '王李张張赖賴刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘于於蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付傅方白邹鄒孟熊秦邱江尹薛闫閆阎閻段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂塗成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党黨宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池查麻苑迟遲邝鄺官封谈談匡鞠惠荆荊乐樂冀郁胥南班储儲原栗燕楚鄢劳勞谌諶奚皮粟冼蔺藺楼樓盘盤满滿闻聞位厉厲伊仝区區郜海阚闞花权權强強帅帥屠豆朴樸盖蓋练練廉禹井祖漆巴丰豐支卿国國狄平计計索宣晋晉相初门門云雲容敬来來扈晁芮都普阙闕浦戈伏鹿薄邸雍辜羊乌烏母裘亓修邰赫杭况況那宿鲜鮮印逯隆茹诸諸战戰慕危玉银銀亢嵇公哈湛宾賓戎勾茅利呼居揭干尉冶斯元束檀衣信展阴陰昝智幸奉植衡富尧堯闭閉由洪',
);
const COMPOUND_SURNAMES = new Set(
  '欧阳 歐陽 司马 司馬 上官 诸葛 諸葛 东方 東方 皇甫 尉迟 尉遲 公孙 公孫 慕容 长孙 長孫 宇文 司徒 令狐 夏侯 轩辕 軒轅 端木 独孤 獨孤 南宫 南宮 西门 西門 范姜 张简 張簡 呼延 申屠 澹台 澹臺 万俟 闻人 聞人 钟离 鍾離 宗政 濮阳 濮陽 太史 仲孙 仲孫 东郭 東郭 左丘 赫连 赫連'.split(
    ' ',
  ),
);

const HAN_ONLY_RE = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/;
const MINORITY_RE = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{1,8}[·•][\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff·•]{1,12}$/;
/** Characters that end stories or label things, never in a bare reporter name: （完）（待续）（图）… */
const NOT_IN_NAME_RE = /[完续續讯訊电電稿网網报報社台图圖片摄攝译譯记記编編者]/;

function surnameLength(s: string): number {
  if (COMPOUND_SURNAMES.has(s.slice(0, 2))) return 2;
  return SINGLE_SURNAMES.has(s[0] ?? '') ? 1 : 0;
}

/** Whether `s` looks like one person's name: surname + 1–2 given-name characters, or a `·` name. */
export function isLikelyPersonName(s: string): boolean {
  if (MINORITY_RE.test(s)) return true;
  if (!HAN_ONLY_RE.test(s) || NOT_IN_NAME_RE.test(s)) return false;
  const sl = surnameLength(s);
  if (!sl) return false;
  const given = s.length - sl;
  return given >= 1 && given <= 2;
}

/** One or more names separated by spaces, 、 or ，: `余毅菁 向雪妮` → ['余毅菁', '向雪妮']. */
export function splitPersonNames(s: string): string[] | null {
  const parts = s
    .trim()
    .split(/\s*[\s、，,]\s*/)
    .filter(Boolean);
  if (!parts.length || parts.length > 5) return null;
  return parts.every(isLikelyPersonName) ? parts : null;
}

/**
 * A name that runs on into the following words (`方敏北京大学经济学院教授` → `方敏`): take the
 * leading name-sized piece (2–3 characters, 4 with a compound surname) ending where the next
 * dictionary word starts. Null when the run does not start with a name.
 */
export function leadingName(run: string): string | null {
  if (!HAN_ONLY_RE.test(run)) return null;
  const sl = surnameLength(run);
  if (!sl) return null;
  const max = sl + 2;
  if (run.length <= max) return isLikelyPersonName(run) ? run : null;
  const seg = wordSegmenter();
  if (!seg) return null;
  let name = '';
  for (const { segment } of seg.segment(run)) {
    if (name.length >= sl + 1 && segment.length >= 2) break;
    if (name.length + segment.length > max) break;
    name += segment;
  }
  return name.length > sl && isLikelyPersonName(name) ? name : null;
}

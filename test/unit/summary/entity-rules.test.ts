import { describe, expect, it } from 'vitest';
import { cutsThroughWords, isAbbreviationPlace, refineSpans } from '../../../src/core/summary/entity-rules';
import type { RawEntity } from '../../../src/core/summary/entities';

const span = (s: string, piece: string, type: RawEntity['type'], from = 0): RawEntity => {
  const start = s.indexOf(piece, from);
  if (start < 0) throw new Error(`${piece} not in ${s}`);
  return { start, end: start + piece.length, type };
};
const texts = (s: string, list: Array<{ start: number; end: number }>) => list.map((r) => s.slice(r.start, r.end));

describe('entity precision rules', () => {
  it('keeps a one-character place only as an abbreviation in a clear context', () => {
    const s = '中美两国代表团访华，他在老家开了一家港式茶餐厅。';
    expect(isAbbreviationPlace(s, s.indexOf('中'))).toBe(true);
    expect(isAbbreviationPlace(s, s.indexOf('华'))).toBe(true);
    expect(isAbbreviationPlace(s, s.indexOf('家'))).toBe(false);
    expect(isAbbreviationPlace(s, s.indexOf('港'))).toBe(false);
    const t = '建设创新港主港，京津两地合作。';
    expect(isAbbreviationPlace(t, t.indexOf('港'))).toBe(false);
    expect(isAbbreviationPlace(t, t.indexOf('京'))).toBe(true);
    const { kept, folded } = refineSpans(s, [span(s, '中', 'LOC'), span(s, '华', 'LOC'), span(s, '港', 'LOC')]);
    expect(texts(s, kept)).toEqual(['中', '华']);
    expect(folded).toEqual([]);
  });

  it('folds a fragment into the longer place it shortens, also through a chain', () => {
    const s = '兰州市召开大会。兰州的企业和驻兰单位参加。';
    const raw = [span(s, '兰州市', 'LOC'), span(s, '兰州', 'LOC', 5), span(s, '兰', 'LOC', 12)];
    const { kept, folded } = refineSpans(s, raw);
    expect(texts(s, kept)).toEqual(['兰州市']);
    expect(folded.map((f) => [s.slice(f.start, f.end), f.into])).toEqual([
      ['兰州', '兰州市'],
      ['兰', '兰州市'],
    ]);
  });

  it('does not fold a county into a village that starts with it', () => {
    const s = '西吉县红耀乡井湾村位于西吉县。';
    const { kept, folded } = refineSpans(s, [span(s, '西吉县红耀乡井湾村', 'LOC'), span(s, '西吉县', 'LOC', 3)]);
    expect(texts(s, kept)).toEqual(['西吉县红耀乡井湾村', '西吉县']);
    expect(folded).toEqual([]);
  });

  it('folds a short company name and the last part of a transcribed name', () => {
    const s = '耐克公司的杰夫·约翰逊说，耐克很重视，约翰逊补充道。';
    const raw = [span(s, '耐克公司', 'ORG'), span(s, '杰夫·约翰逊', 'PER'), span(s, '耐克', 'ORG', 8), span(s, '约翰逊', 'PER', 16)];
    const { kept, folded } = refineSpans(s, raw);
    expect(texts(s, kept)).toEqual(['耐克公司', '杰夫·约翰逊']);
    expect(folded.map((f) => f.into)).toEqual(['耐克公司', '杰夫·约翰逊']);
  });

  it('keeps a surname alone when two people share it', () => {
    const s = '刘明和刘强都来了，刘说很高兴。';
    const { kept, folded } = refineSpans(s, [span(s, '刘明', 'PER'), span(s, '刘强', 'PER'), span(s, '刘', 'PER', 9)]);
    expect(texts(s, kept)).toEqual(['刘明', '刘强', '刘']);
    expect(folded).toEqual([]);
  });

  it('drops a person name that is part of a longer place or organisation name', () => {
    const s = '兰州高新区的高新药谷开业，邓小平理论研究中心的邓小平专题展同日开幕。';
    const raw = [
      span(s, '兰州高新区', 'LOC'),
      span(s, '高新', 'PER', 5),
      span(s, '邓小平理论研究中心', 'ORG'),
      span(s, '邓小平', 'PER', s.indexOf('的邓小平') + 1),
    ];
    expect(texts(s, refineSpans(s, raw).kept)).toEqual(['兰州高新区', '邓小平理论研究中心', '邓小平']);
  });

  it('trims a function character glued to a found entity', () => {
    const s = '他从上海来，上海的朋友都在。';
    const { kept } = refineSpans(s, [span(s, '从上海', 'PER'), span(s, '上海', 'LOC', 4)]);
    expect(kept.map((r) => [s.slice(r.start, r.end), r.type])).toEqual([
      ['上海', 'LOC'],
      ['上海', 'LOC'],
    ]);
  });

  it('drops places cutting through two words and organisations with an open bracket', () => {
    const s = '推动协同创新平台建设，昆明）有限公司成立。';
    expect(cutsThroughWords(s, s.indexOf('新平'), s.indexOf('新平') + 2)).toBe(true);
    expect(cutsThroughWords(s, s.indexOf('创新'), s.indexOf('创新') + 2)).toBe(false);
    const { kept } = refineSpans(s, [span(s, '新平', 'LOC'), span(s, '昆明）有限公司', 'ORG')]);
    expect(kept).toEqual([]);
  });

  it('trusts spans with a role (bylines, titles)', () => {
    const s = '记者高新报道。兰州高新区发展很快。';
    const by: RawEntity = { ...span(s, '高新', 'PER'), role: '记者' };
    expect(texts(s, refineSpans(s, [by, span(s, '兰州高新区', 'LOC')]).kept)).toEqual(['高新', '兰州高新区']);
  });
});

/**
 * Qualifiers (ANNOTATION_GUIDE §7 and the judgement calls of bench/gold/figures/README.md) and the measures they
 * touch, class by class, on news sentences written for these tests (no corpus text; some in Traditional script).
 * Each table names the class it checks; the near-misses are sentences the rule must leave as they are.
 */
import { describe, expect, test } from 'vitest';
import { figureMentions } from '../../../src/core/summary/index';

const find = (text: string, value: string) => {
  const f = figureMentions(text).find((x) => x.value === value);
  expect(f, `no figure ${value} in ${text}`).toBeDefined();
  return f!;
};

type Case = [name: string, text: string, value: string, want: string];
type Near = [name: string, text: string, value: string];

function qualifiers(cases: Case[]) {
  test.each(cases)('qualifier: %s', (_n, text, value, want) => {
    expect(find(text, value).qualifier, `${value} in ${text}`).toBe(want);
  });
}
function noQualifier(cases: Near[]) {
  test.each(cases)('no qualifier: %s', (_n, text, value) => {
    expect(find(text, value).qualifier, `${value} in ${text}`).toBeNull();
  });
}
/** The measure is exactly `want` ('' = none). */
function measures(cases: Case[]) {
  test.each(cases)('measure: %s', (_n, text, value, want) => {
    expect(find(text, value).measure?.text ?? '', `${value} in ${text}`).toBe(want);
  });
}

describe('change verbs before the amount are its qualifier, the thing that changes its measure (§7; README batches 2, 3, 7)', () => {
  qualifiers([
    ['锐减', '受疫情影响，该公司净利润锐减60%。', '60%', '锐减'],
    ['激增', '今年一季度，新能源汽车销量激增120%。', '120%', '激增'],
    ['飙升 after a part of the trading day', '该股股价盘中飙升30%。', '30%', '飙升'],
    ['下挫 after a day of the week', '国际油价周五下挫4%。', '4%', '下挫'],
    ['缩水', '房价连续三个月回落，累计缩水12%。', '12%', '缩水'],
    ['收高', '道指周五收高0.8%。', '0.8%', '收高'],
    ['高收 (Traditional)', '歐洲股市上週五高收1.2%。', '1.2%', '高收'],
    ['削减', '全市二氧化硫排放量削减18%。', '18%', '削减'],
    ['反弹 in the second clause', '该公司股价开盘暴跌25%，随后反弹10%。', '10%', '反弹'],
    ['倒退了: the verb without 了', '过去十年，这段海岸线倒退了80多米。', '80多米', '倒退'],
    ['减小了 an age', '使用新疗法后，患者的平均年龄减小了3岁。', '3岁', '减小'],
    ['瘦 (one character)', '这位歌手20天瘦20斤。', '20斤', '瘦'],
    ['精简 before a count', '政府机构精简了200名工作人员。', '200名', '精简'],
  ]);
  measures([
    ['the noun before the verb, not the verb', '过去十年，这段海岸线倒退了80多米。', '80多米', '海岸线'],
    ['a day of the week between the subject and the verb', '国际油价周五下挫4%。', '4%', '国际油价'],
    ['a part of the trading day between them', '该股股价盘中飙升30%。', '30%', '股股价'],
    ['随后 opens no subject: the last measured figure of the sentence', '该公司股价开盘暴跌25%，随后反弹10%。', '10%', '公司股价开盘'],
    ['the counted noun after the classifier of a changed count (§6)', '公司今年削减了3000个工作岗位。', '3000个', '工作岗位'],
    ['likewise after 精简', '政府机构精简了200名工作人员。', '200名', '工作人员'],
    ['an age younger by so much: the person after 的', '使用新疗法后，平均年龄减小3岁的患者有20人。', '3岁', '患者'],
  ]);
  noQualifier([
    // 增值, 减值 are also nouns of accounting (资产减值, 增值税): no change verb
    ['资产减值 is a noun', '公司计提资产减值8亿元。', '8亿元'],
    ['增值税 before the amount', '该企业全年缴纳增值税3000万元。', '3000万元'],
    ['a plain copula', '该市常住人口为120万人。', '120万人'],
  ]);
});

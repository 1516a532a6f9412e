import { describe, expect, test } from 'vitest';
import { cedictEntries, createCedict, type DictEntry } from '../../../src/core/dict/cedict';

// The shipped, encoded form (scripts/encode-cedict.mjs): empty Traditional/pinyin fields are derived
// per character from the first line of the character's one-character headword, or from the
// `chars` exceptions. Synthetic lines (simp\ttrad and pinyin\tdefs), sorted by Simplified headword.
const heads = [
  '东\t東', // first line of 东: literal, gives 东 → 東, dong1
  '会\t會', // first line of 会: 會, hui4
  '会\t會', // second line of 会: its own reading, kept explicit
  '北\t', // first line of 北: same Traditional, bei3
  '北京\t', // derived Traditional 北京, explicit capitalised pinyin (a proper name)
  '东北\t', // derived 東北, derived dong1 bei3
  '东西\t', // 西 has no line of its own: its syllable comes from the exceptions
  '会计\t會計', // explicit Traditional (计 has no default), explicit pinyin kuai4 ji4
  '干\t乾', // first line of 干: 乾, gan1
  '干部\t', // the exceptions make 干 → 幹 by default: derived 幹部
  '干支\t干支', // explicit Traditional identical to the Simplified (the derivation would say 幹支)
  '干净\t乾淨', // explicit
  '东\t', // a second line of 东 with an empty Traditional: derived 東 (not the first line)
].join('\n');
const info = [
  'dong1\teast',
  'hui4\tcan/meeting',
  'kuai4\tto add up',
  'bei3\tnorth',
  'Bei3 jing1\tBeijing',
  '\tnortheast',
  '\tthing',
  'kuai4 ji4\taccountant',
  'gan1\tdry',
  '\tcadre',
  'gan1 zhi1\tthe stems and branches',
  'gan1 jing4\tclean',
  '\tsurname Dong',
].join('\n');
const chars = ['干\t幹\t', '西\t\txi1', '部\t\tbu4', '净\t淨\tjing4'].join('\n');

const entry = (simplified: string, traditional: string, pinyin: string, definitions: string[]): DictEntry => ({
  simplified,
  traditional,
  pinyin,
  definitions,
});

describe('CC-CEDICT encoded form (cedict-chars.txt)', () => {
  const all = cedictEntries(heads, info, chars);
  test.each([
    [0, entry('东', '東', 'dong1', ['east']), 'first line of a character: literal'],
    [2, entry('会', '會', 'kuai4', ['to add up']), 'explicit pinyin beside a default'],
    [3, entry('北', '北', 'bei3', ['north']), 'first line, empty Traditional = the same'],
    [4, entry('北京', '北京', 'Bei3 jing1', ['Beijing']), 'explicit capitalised pinyin, derived Traditional'],
    [5, entry('东北', '東北', 'dong1 bei3', ['northeast']), 'derived Traditional and pinyin'],
    [6, entry('东西', '東西', 'dong1 xi1', ['thing']), 'syllable from the exceptions (no line of its own)'],
    [7, entry('会计', '會計', 'kuai4 ji4', ['accountant']), 'explicit Traditional and pinyin'],
    [8, entry('干', '乾', 'gan1', ['dry']), 'first line wins over the exception for itself'],
    [9, entry('干部', '幹部', 'gan1 bu4', ['cadre']), 'Traditional from the exception, pinyin from the first line and the exception'],
    [10, entry('干支', '干支', 'gan1 zhi1', ['the stems and branches']), 'explicit Traditional, the same as the Simplified'],
    [11, entry('干净', '乾淨', 'gan1 jing4', ['clean']), 'explicit Traditional wins over the derivation'],
    [12, entry('东', '東', 'dong1', ['surname Dong']), 'a later line of a one-character headword is derived'],
  ])('line %i decodes (%s)', (i, want, why) => {
    expect(all[i], why).toEqual(want);
  });

  const d = createCedict(heads, info, chars);
  test.each([
    ['東北', ['东北']],
    ['幹部', ['干部']],
    ['干支', ['干支']],
    ['乾淨', ['干净']],
    ['會計', ['会计']],
    ['東', ['东', '东']],
    ['北京', ['北京']],
  ])('lookup(%s) finds lines by their derived or explicit Traditional', (w, simp) => {
    expect(d.lookup(w).map((e) => e.simplified)).toEqual(simp);
    expect(d.has(w)).toBe(true);
  });
  test.each([
    ['北京', true],
    ['东北', false],
    ['北', false],
    ['会', false],
  ])('isProperName(%s) is %s (capitalised pinyin stays explicit)', (w, yes) => {
    expect(d.isProperName(w)).toBe(yes);
  });
  test('without cedict-chars.txt the fields are literal (empty Traditional = the same, no derivation)', () => {
    const literal = cedictEntries(heads, info);
    expect(literal[5]).toEqual(entry('东北', '东北', '', ['northeast']));
    expect(createCedict(heads, info).has('東北')).toBe(false);
    expect(d.has('東北')).toBe(true);
  });
});

describe('the shipped dictionary decodes whole', () => {
  test('every entry has a reading, a Traditional form and a meaning after decoding', async () => {
    const m = await import('../../../src/core/dict/cedict-data');
    const all = cedictEntries(m.heads, m.info, m.chars);
    expect(all.length).toBeGreaterThan(40000);
    const bad = all.filter((e) => !e.pinyin || e.pinyin.split(' ').some((y) => !y) || !e.traditional || e.definitions.length === 0);
    expect(bad.slice(0, 5), `${bad.length} entries decode with an empty field`).toEqual([]);
  });
});

describe("lookups among Simplified headwords only ('simplified': for words already in Simplified)", () => {
  const d = createCedict(heads, info, chars);
  test.each([
    ['东北', true, true],
    ['東北', true, false],
    ['會計', true, false],
    ['会计', true, true],
    ['西北', false, false],
  ])('%s: has %s, has among Simplified %s', (word, any, simplified) => {
    expect(d.has(word)).toBe(any);
    expect(d.has(word, 'simplified')).toBe(simplified);
  });
  test('isProperName among Simplified headwords', () => {
    expect(d.isProperName('北京', 'simplified')).toBe(true);
    expect(d.isProperName('东北', 'simplified')).toBe(false);
    expect(d.isProperName('東北', 'simplified')).toBe(false);
  });
});

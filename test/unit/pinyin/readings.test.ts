import { describe, expect, test } from 'vitest';
import { readingsOf, artefactReadings } from '../../../src/core/pinyin/index';

const py = (s: string, style?: 'marks' | 'numbers' | 'zhuyin') => readingsOf(s, { style }).map((r) => r.pinyin);

describe('readingsOf', () => {
  test('one reading per code point, null for non-Han (astral safe)', () => {
    const rs = readingsOf('A 银行𠀀，1');
    expect(rs.map((r) => r.char)).toEqual(['A', ' ', '银', '行', '𠀀', '，', '1']);
    expect(rs[0]!.pinyin).toBeNull();
    expect(rs[4]!.pinyin).toBeNull();
    expect(rs[3]!.pinyin).toBe('háng');
  });
  test('polyphones from context', () => {
    expect(py('他去银行办事')[3]).toBe('háng');
    expect(py('我们明天出去旅行')[7]).toBe('xíng');
    expect(py('局长说了', 'numbers')).toEqual(['ju2', 'zhang3', 'shuo1', 'le5']);
    expect(py('心脏病', 'numbers')[1]).toBe('zang4');
    expect(py('警方逮捕了嫌犯', 'numbers')[2]).toBe('dai4');
    expect(py('朝鲜半岛', 'numbers').slice(0, 2)).toEqual(['chao2', 'xian3']);
    expect(py('剥夺政治权利', 'numbers')[0]).toBe('bo1');
  });
  test('Traditional reads like Simplified, common characters included', () => {
    const s = '我們還在銀行看著他，行長說於是重新開始了';
    const t = py(s, 'numbers');
    const simp = py('我们还在银行看着他，行长说于是重新开始了', 'numbers');
    expect(t).toEqual(simp);
    expect(t[1]).toBe('men5');
    expect(t[2]).toBe('hai2');
    expect(t[7]).toBe('zhe5');
    expect(t[13]).toBe('yu2');
  });
  test('short Traditional text without the usual marker characters', () => {
    expect(py('著名', 'numbers')[0]).toBe('zhu4');
    expect(py('顯著', 'numbers')[1]).toBe('zhu4');
  });
  test('styles', () => {
    expect(py('绿', 'zhuyin')).toEqual(['ㄌㄩˋ']);
    expect(py('绿', 'numbers')).toEqual(['lv4']);
    expect(py('绿')).toEqual(['lǜ']);
  });
  test('inline artefacts give their reading', () => {
    const text = '科技創新機(jī)制，網（wǎng）站';
    const m = artefactReadings(text);
    expect(m.get(4)).toBe('ji1');
    expect(m.get(11)).toBe('wang3');
    expect(readingsOf('長(zhǎng)', { style: 'numbers' })[0]!.pinyin).toBe('zhang3');
    expect(readingsOf('日?qǐng)?bào)')[0]!.pinyin).toBe('rì');
  });
});

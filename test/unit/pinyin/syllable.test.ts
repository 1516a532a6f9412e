import { describe, expect, test } from 'vitest';
import { numbersToMarks, numbersToZhuyin, toneOf } from '../../../src/core/pinyin/syllable';
import { markedToNumbered } from '../../../src/core/pinyin/base-reader';

describe('syllable spellings', () => {
  test('tone marks go on the right vowel', () => {
    expect(numbersToMarks('hang2')).toBe('háng');
    expect(numbersToMarks('lv4')).toBe('lǜ');
    expect(numbersToMarks('gui4')).toBe('guì');
    expect(numbersToMarks('liu2')).toBe('liú');
    expect(numbersToMarks('zhou1')).toBe('zhōu');
    expect(numbersToMarks('xue2')).toBe('xué');
    expect(numbersToMarks('le5')).toBe('le');
  });
  test('zhuyin', () => {
    expect(numbersToZhuyin('hang2')).toBe('ㄏㄤˊ');
    expect(numbersToZhuyin('zhi1')).toBe('ㄓ');
    expect(numbersToZhuyin('le5')).toBe('˙ㄌㄜ');
    expect(numbersToZhuyin('xue2')).toBe('ㄒㄩㄝˊ');
    expect(numbersToZhuyin('lv4')).toBe('ㄌㄩˋ');
    expect(numbersToZhuyin('you3')).toBe('ㄧㄡˇ');
    expect(numbersToZhuyin('wei4')).toBe('ㄨㄟˋ');
    expect(numbersToZhuyin('qu4')).toBe('ㄑㄩˋ');
    expect(numbersToZhuyin('jiu3')).toBe('ㄐㄧㄡˇ');
    expect(numbersToZhuyin('dui4')).toBe('ㄉㄨㄟˋ');
  });
  test('tone of', () => {
    expect(toneOf('ma3')).toBe(3);
    expect(toneOf('ma')).toBe(5);
  });
  test('tone marks back to numbers (the base reader reads pinyin-pro with marks)', () => {
    expect(markedToNumbered('háng')).toBe('hang2');
    expect(markedToNumbered('le')).toBe('le5');
    expect(markedToNumbered('lǜ')).toBe('lv4');
    expect(markedToNumbered('nǚ')).toBe('nv3');
    expect(markedToNumbered('lü')).toBe('lv5');
    expect(markedToNumbered('ń')).toBe('n2');
    expect(markedToNumbered('m̄')).toBe('m1');
    expect(markedToNumbered('ê̄')).toBeNull();
    expect(markedToNumbered('行')).toBeNull();
    for (const n of ['zhong1', 'guo2', 'hao3', 'shi4', 'de5', 'lve4', 'er2']) expect(markedToNumbered(numbersToMarks(n))).toBe(n);
  });
});

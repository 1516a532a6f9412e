import { describe, expect, it } from 'vitest';
import { detectVariant } from '../../../src/core/convert/index';

describe('detectVariant', () => {
  it('Simplified text is cn', () => {
    expect(detectVariant('国务院总理李强在北京会见了来访的外国领导人，双方就经济合作进行了交流。')).toBe('cn');
  });
  it('Taiwan forms (裡, 著) give tw', () => {
    expect(detectVariant('行政院長在記者會上表示，這裡的問題需要著手處理，民眾的意見很重要。')).toBe('tw');
  });
  it('HK forms and Cantonese particles give hk', () => {
    expect(detectVariant('港府發言人説，市民可於網上查閲有關資料，佢哋唔使排隊，衞生署會跟進。')).toBe('hk');
  });
  it('OpenCC standard forms (爲, 衆) give t', () => {
    expect(detectVariant('這是爲了羣衆的利益，衆人都認爲應該這樣做。')).toBe('t');
  });
  it('Traditional text without regional evidence defaults to t', () => {
    expect(detectVariant('國務院總理在北京會見來訪的外國領導人。')).toBe('t');
    expect(detectVariant('')).toBe('t');
  });
});

/** Which blocks are the body: misnamed wrappers and teaser lists. Synthetic pages. */
import { describe, expect, test } from 'vitest';
import { isFurnitureLine } from '../../../src/core/extract/boilerplate';
import { extractArticle } from '../../../src/core/extract/index';
import { html } from './helpers';

const STORY = [
  '內湖有家包子店，開業三年來，堅持使用新鮮原物料，製作健康的包子，由於賣得比較貴，一開始每月都虧損，但老闆不放棄理念，終於在食安風暴後轉虧為盈，年營業額達三百萬元，還獲得勞動部的創業楷模獎。',
  '麵團用新鮮麵粉，高麗菜洗四次再切絲，',
  '可是巴掌大的包子，得賣二十元以上，客人嫌貴。',
  '如今店裡年營業額達三百萬元，還獲選創業楷模獎，新推出的動物包，更受到動物園青睞，業績蒸蒸日上，證明了良心是經營的法門。',
];
const TEASERS = [
  '每年台灣都有不少孩子，因為家庭或健康因素遭遺棄或送養，台北就有位非常有愛心的媽媽，二十三年一手帶大二十名寄養孩...',
  '強烈冷氣團發威，平地最低溫清晨出現在宜蘭，只有十二度。雖然接下來，周日、周一兩天，冷氣團威力減弱，氣溫可望漸漸...',
  '許多民眾家電要是壞了，往往都會上網搜尋原廠維修，不過要小心！很多網頁中直接打著廠牌維修站招牌，還提供全台據點與...',
  '強烈冷氣團發威，火鍋店生意特別好，今天有入口網站公布全台十大火鍋票選，冠軍由台北的一家酸菜白肉鍋奪下，排隊人潮...',
];
const teaserList = `<div class="rlist"><span>其它生活新聞</span><ul>${TEASERS.map((t, i) => `<li><a href="/n${i}" class="title">標題${i}</a><br><span class="newsinfo">${t}</span><a class="more" href="/n${i}">更多</a></li>`).join('')}</ul></div>`;

describe('body selection', () => {
  test.each([
    {
      name: 'a body inside an element whose class names a share bar, beside a teaser list',
      body: `<h1>良心包子重視食安 虧損兩年出頭天</h1><span class="ndate">2014/12/1 18:13</span><div class="lmain"><div class="share"><div class="icons"><a href="#">分享</a><a href="#">轉寄</a></div><span id="newscontent">${STORY.join('<br><br>')}</span></div></div><div class="rmain">${teaserList}</div>`,
    },
    {
      name: 'teasers cut short with an ellipsis and a "more" link are not story paragraphs',
      body: `<h1>良心包子重視食安 虧損兩年出頭天</h1><span class="ndate">2014/12/1 18:13</span><div class="main"><div class="text">${STORY.map((s) => `<p>${s}</p>`).join('')}</div>${teaserList}</div>`,
    },
  ])('$name', ({ body }) => {
    const a = extractArticle(html(body, '<title>良心包子重視食安 虧損兩年出頭天 - 某某新聞</title>'));
    expect(a.isArticle).toBe(true);
    expect(a.text.split('\n')).toEqual(STORY);
  });

  test('a share bar of links stays out of the body', () => {
    const a = extractArticle(
      html(
        `<h1>良心包子重視食安 虧損兩年出頭天</h1><div class="article">${STORY.map((s) => `<p>${s}</p>`).join('')}</div><div class="share"><p>分享到：微信、微博，歡迎轉發給朋友。</p><a href="#">微信</a></div>`,
        '<title>良心包子重視食安 虧損兩年出頭天 - 某某新聞</title>',
      ),
    );
    expect(a.text.split('\n')).toEqual(STORY);
  });
});

describe('reprint notices', () => {
  test.each([
    ['某某健康网(www.example.com)专稿，未经书面授权请勿转载。', true],
    ['本文為某某網獨家稿件，請勿轉載。', true],
    ['他说，这些照片未经书面授权就被人转载到了好几个网站上，他希望大家不要再传播，他已经向警方报案。', false],
  ])('%s', (line, furniture) => expect(isFurnitureLine(line)).toBe(furniture));
});

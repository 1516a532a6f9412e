/** Articles vs forum threads, review and teaser lists; a TV-news page with a short script. Synthetic pages. */
import { describe, expect, test } from 'vitest';
import { extractArticle } from '../../../src/core/extract/index';
import { html } from './helpers';

const SENT = [
  '今天上午，市政府召开新闻发布会，介绍了全市今年新建学校的进展情况，多所学校已经开工。',
  '有关负责人表示，新建学校将在明年秋季投入使用，可以新增学位一万多个，缓解入学压力。',
  '据了解，这些学校分布在城区和新区，配套建设了运动场、图书馆和食堂等设施，方便学生。',
  '不少家长表示，家门口有了新学校，孩子上学更方便了，希望学校早日建成，提高教学质量。',
];
const post = (cls: string, i: number, text: string) =>
  `<div class="${cls}"><div class="author">用户${i}</div><div class="date">2024-04-0${i} 13:1${i}</div><div class="content">${text}</div></div>`;

describe('recognition', () => {
  test.each([
    {
      name: 'forum thread: the opening post is one record among dated replies',
      body: `<h1>孩子上学的问题，大家怎么看？</h1><div class="postlist">${post('l_post', 1, SENT.join(''))}${post('l_post', 2, SENT[1]!)}${post('l_post', 3, SENT[2]!)}${post('l_post', 4, SENT[3]!)}</div>`,
      isArticle: false,
    },
    {
      name: 'review list: every short review has its own user and date',
      body: `<h1>新学校 短评</h1><div class="mod-bd">${SENT.concat(SENT)
        .map((s, i) => post('comment-item', i + 1, s))
        .join('')}</div>`,
      isArticle: false,
    },
    {
      name: 'Q&A page: the best answer set apart, the other answers in a list, each with its user and date',
      body: `<h1>孩子上学的问题，大家怎么看？</h1><div class="question-count">3个回答</div><div class="best"><div class="replyer"><span>用户1</span><span class="time">2021-10-19</span></div><div class="bd"><p>${SENT.join('</p><p>')}</p></div></div><div class="answers">${[
        2, 3,
      ]
        .map(
          (i) =>
            `<div class="bd"><div class="replyer"><span>用户${i}</span><span class="time">2021-10-2${i}</span></div><div class="answer-text">${SENT[i]!}</div></div>`,
        )
        .join('')}</div>`,
      isArticle: false,
    },
    {
      name: 'an article whose paragraphs are same-class blocks mentioning dates is still an article',
      body: `<h1>全市今年新建学校十所</h1><div class="date">2024-04-07 13:19</div><div class="article">${SENT.map((s, i) => `<div class="para">2024年4月${i + 1}日，${s}</div>`).join('')}</div>`,
      isArticle: true,
    },
    {
      name: 'an article with several captioned pictures is still an article',
      body: `<h1>全市今年新建学校十所</h1><div class="date">2024-04-07 13:19</div><div class="article">${SENT.map((s, i) => `<p>${s}</p><div class="img_wrapper"><img src="${i}.jpg"><span>图为新建学校${i}</span></div>`).join('')}</div>`,
      isArticle: true,
    },
  ])('$name', ({ body, isArticle }) => {
    const h1 = /<h1>(.*?)<\/h1>/.exec(body)![1];
    expect(extractArticle(html(body, `<title>${h1} - 某某网</title>`)).isArticle).toBe(isArticle);
  });

  test('a TV-news page: one short script under a heading with its time glued on', () => {
    const doc = html(
      `<ul><li><a href="/">首頁</a></li><li><a href="/f">財經</a></li></ul><h4>市料美零售銷售續升 2014-12-08 06:49</h4><pre>${'市場預期，美國零售銷售與消費者信心都進一步上升。勞工市場繼續好轉，通貨膨脹仍然溫和。'.repeat(3)}</pre>`,
      '<meta property="og:title" content="無綫新聞 - 財經 - 市料美零售銷售續升"><title>無綫新聞 - 財經 - 市料美零售銷售續升 - tvb.com</title>',
    );
    const a = extractArticle(doc);
    expect(a.title).toBe('市料美零售銷售續升');
    expect(a.isArticle).toBe(true);
    expect(a.source).toBe('無綫新聞');
  });
});

// A person's role is shown in the script of the text (issue 19: 责任编辑 and 记者 stayed Simplified on Traditional pages).
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../src/core/summary/index';

describe('roles in the text script', () => {
  it.each([
    ['Traditional text, byline in the text', '本報記者王小明報道：市政府今日公佈新措施，預計惠及三萬名市民。', '王小明', '記者'],
    ['Simplified text, byline in the text', '本报记者王小明报道：市政府今日公布新措施，预计惠及三万名市民。', '王小明', '记者'],
  ])('%s', (_name, text, person, role) => {
    const p = summarize(text, { publishedAt: '2025-04-10' }).entities.people.find((e) => e.text === person);
    expect(p?.role).toBe(role);
  });

  it.each([
    ['Traditional', '市政府今日公佈新措施，預計惠及三萬名市民。', '陳大文', '責任編輯', '記者'],
    ['Simplified', '市政府今日公布新措施，预计惠及三万名市民。', '陈大文', '责任编辑', '记者'],
  ])('%s text, roles from the page metadata', (_name, text, author, editorRole, authorRole) => {
    const s = summarize(text, { publishedAt: '2025-04-10', author, editor: '李美玲' });
    expect(s.entities.people.find((e) => e.text === '李美玲')?.role).toBe(editorRole);
    expect(s.entities.people.find((e) => e.text === author)?.role).toBe(authorRole);
  });
});

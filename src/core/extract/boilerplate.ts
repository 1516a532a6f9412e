/** Lines that are page furniture even inside the article container (share bars, promos, notices). */

const SHORT_FURNITURE_RE = new RegExp(
  [
    '^(?:关闭|關閉|关闭窗口|關閉窗口|打印|列印|返回|返回顶部|返回頂部|回到顶部|收藏|分享|分享到|举报|舉報|纠错|糾錯|【纠错】|上一篇|下一篇|上一页|下一页|首页|首頁|尾页|字号|字號|大|中|小|TOP|top)$',
    '智能朗读|智能朗讀|语音播报|語音播報|点击播放|點擊播放|朗读|朗讀',
    '分享到|分享至|扫一扫|掃一掃|扫码|掃碼|二维码|二維碼|打开APP|打開APP|下载APP|下載APP|下载客户端|下載客戶端|APP内|客户端|客戶端|关注我们|關注我們|公众号|公眾號|微信号|微信號',
    '相关阅读|相關閱讀|相关新闻|相關新聞|推荐阅读|推薦閱讀|延伸阅读|延伸閱讀|热点推荐|熱點推薦|猜你喜欢|猜你喜歡|更多精彩|热门|熱門|专题|專題|精彩推荐|精彩推薦',
    '上一篇|下一篇|上一页|下一頁|字号|字號|打印本页|打印本頁|关闭窗口|關閉窗口|【打印】|【关闭】|【關閉】|大\\s*中\\s*小',
    '版权所有|版權所有|copyright|©|未经授权|未經授權|禁止转载|禁止轉載|不得转载|不得轉載|转载请注明|轉載請註明|免责声明|免責聲明|违法和不良信息|違法和不良信息|举报电话|舉報電話|ICP备|ICP證|网安备|網安備',
    '您的位置|你的位置|当前位置|當前位置|所在位置|首页\\s*[>＞]|首頁\\s*[>＞]|网站首页|網站首頁',
    '评论|評論|跟帖|网友|網友|登录|登錄|注册|註冊|发表|發表|条评论|則留言|留言',
    '付费|付費|订阅|訂閱|开通会员|開通會員|剩余\\d+%|阅读全文|閱讀全文|展开全文|展開全文|继续阅读|繼續閱讀',
  ].join('|'),
  'i',
);

/** Short line (≤ 40 chars) matching a furniture pattern, or a long one that is a copyright/promo notice. */
export function isFurnitureLine(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  if (t.length <= 40) return SHORT_FURNITURE_RE.test(t);
  if (t.length <= 160)
    return /版权所有|版權所有|未经授权|未經授權|禁止转载|禁止轉載|转载请注明|轉載請註明|免责声明|免責聲明|下载APP|下載APP|扫码下载|掃碼下載/i.test(
      t,
    );
  return false;
}

/**
 * Registrable domain ("site") of a host name: the public suffix plus one label. A small table of
 * the multi-part suffixes Chinese-language sites use (com.cn, gov.cn, 省 codes such as gd.cn,
 * com.tw, org.hk …) written once as data; any other host takes its last two labels.
 */

const SECOND_LEVEL = ['com', 'net', 'org', 'gov', 'edu', 'ac', 'mil', 'int', 'co', 'idv', 'game', 'ebiz', 'club'];
const MULTI_TLDS = ['cn', 'tw', 'hk', 'mo', 'sg', 'my', 'uk', 'jp', 'au', 'nz', 'kr', 'th', 'ph', 'vn', 'id', 'in', 'br'];
/** China's provincial second-level domains (bj.cn, gd.cn …) are public suffixes too. */
const CN_PROVINCES = [
  'ah',
  'bj',
  'cq',
  'fj',
  'gd',
  'gs',
  'gz',
  'gx',
  'ha',
  'hb',
  'he',
  'hi',
  'hk',
  'hl',
  'hn',
  'jl',
  'js',
  'jx',
  'ln',
  'mo',
  'nm',
  'nx',
  'qh',
  'sc',
  'sd',
  'sh',
  'sn',
  'sx',
  'tj',
  'tw',
  'xj',
  'xz',
  'yn',
  'zj',
];

const SUFFIXES = new Set<string>([
  ...MULTI_TLDS.flatMap((tld) => SECOND_LEVEL.map((s) => `${s}.${tld}`)),
  ...CN_PROVINCES.map((p) => `${p}.cn`),
  '公司.cn',
  '网络.cn',
  '政务.cn',
]);

function isIp(host: string): boolean {
  return /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host) || host.includes(':') || host.startsWith('[');
}

/** `news.sina.com.cn` → `sina.com.cn`; `www.hz.gov.cn` → `hz.gov.cn`; `tw.news.yahoo.com` → `yahoo.com`. */
export function registrableDomain(host: string): string {
  const h = host.trim().toLowerCase().replace(/\.$/, '');
  if (!h || isIp(h) || !h.includes('.')) return h;
  const labels = h.split('.');
  const lastTwo = labels.slice(-2).join('.');
  const n = SUFFIXES.has(lastTwo) ? 3 : 2;
  return labels.slice(-n).join('.');
}

/** Same registrable domain (file: URLs count as one site, so saved pages resolve among themselves). */
export function sameSite(a: URL, b: URL): boolean {
  if (a.protocol === 'file:' || b.protocol === 'file:') return a.protocol === b.protocol;
  return registrableDomain(a.hostname) === registrableDomain(b.hostname);
}

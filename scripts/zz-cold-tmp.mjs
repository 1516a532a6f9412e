import fs from 'node:fs'; import { ssrLoad } from './lib/ssr-load.mjs';
const [m] = await ssrLoad('/work/wt/dictsize', '/src/core/dict/cedict.ts');
const which=process.argv[2]; const d='src/core/dict/data/';
const [h,i,c] = which==='old' ? [fs.readFileSync('/tmp/dictsize-heads.orig','utf8'), fs.readFileSync('/tmp/dictsize-info.orig','utf8'), undefined] : [fs.readFileSync(d+'cedict-heads.txt','utf8'), fs.readFileSync(d+'cedict-info.txt','utf8'), fs.readFileSync(d+'cedict-chars.txt','utf8')];
gc(); gc(); const h0=process.memoryUsage().heapUsed;
const s=performance.now(); const x=m.createCedict(h,i,c); x.lookup('银行'); const t=performance.now()-s;
gc(); gc(); console.log(which, 'cold ms', t.toFixed(1), 'retained MB', ((process.memoryUsage().heapUsed-h0)/1048576).toFixed(2), x.size);

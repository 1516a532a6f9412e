import { readFileSync } from 'node:fs';
import { createServer } from 'vite';
const server = await createServer({ root: '/work/main', logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom', optimizeDeps: { noDiscovery: true, include: [] } });
const { loadModel, tagText } = await server.ssrLoadModule('/src/core/summary/ner/tagger.ts');
const { isHoldout } = await server.ssrLoadModule('/src/core/summary/ner/split.ts');
const { toSimplifiedSameLength } = await server.ssrLoadModule('/src/core/text/to-simplified.ts');
const model = loadModel(JSON.parse(readFileSync('/work/main/src/core/summary/data/ner-model.json','utf8')));
for (const f of ['msra-test','pd1998-test','cluener-dev','msra-test-tw','pd1998-test-tw','cluener-dev-tw']) {
  let tp=0,fp=0,fn=0; const t0=performance.now(); let chars=0;
  for (const line of readFileSync(`/work/shared/corpus/entities/ner/${f}_dev.jsonl`,'utf8').split('\n')) {
    if(!line) continue; const r=JSON.parse(line); if(!isHoldout(r.id.replace(/-tw$/,''))) continue;
    const text = f.endsWith('-tw') ? toSimplifiedSameLength(r.text) : r.text; chars+=text.length;
    const gold=new Set(r.entities.filter(e=>['PER','LOC','ORG'].includes(e.type)).map(e=>`${e.start}:${e.end}:${e.type}`));
    const pred=new Set(tagText(model,text).map(e=>`${e.start}:${e.end}:${e.type}`));
    for(const p of pred) gold.has(p)?tp++:fp++; for(const g of gold) if(!pred.has(g)) fn++;
  }
  const P=tp/(tp+fp),R=tp/(tp+fn); console.log(f,'P',P.toFixed(3),'R',R.toFixed(3),'F',(2*P*R/(P+R)).toFixed(3), 'ms/1kchar', ((performance.now()-t0)/chars*1000).toFixed(2));
}
await server.close();

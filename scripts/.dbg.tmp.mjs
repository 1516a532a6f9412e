import { readFileSync } from 'node:fs';
import { createServer } from 'vite';
const server = await createServer({ root: '/work/main', logLevel: 'error', server: { middlewareMode: true, hmr: false }, appType: 'custom', optimizeDeps: { noDiscovery: true, include: [] } });
const { loadModel, tagText } = await server.ssrLoadModule('/src/core/summary/ner/tagger.ts');
const { isHoldout } = await server.ssrLoadModule('/src/core/summary/ner/split.ts');
const model = loadModel(JSON.parse(readFileSync('/work/main/src/core/summary/data/ner-model.json','utf8')));
let k=0;
for (const line of readFileSync(`/work/shared/corpus/entities/ner/${process.argv[2]}_dev.jsonl`,'utf8').split('\n')) {
  if(!line) continue; const r=JSON.parse(line); if(!isHoldout(r.id)) continue; if(k++>15) break;
  console.log(r.text); console.log('  G', r.entities.map(e=>e.type+':'+e.text).join(' ')); console.log('  P', tagText(model,r.text).map(e=>e.type+':'+r.text.slice(e.start,e.end)).join(' '));
}
await server.close();

/**
 * `npm run bench [name...]`: runs the benchmark sections and writes BENCHMARKS.md. Each section
 * measures Dubao beside its baseline in the same process, medians over repeated runs.
 * Sections run by name keep the other sections of an existing BENCHMARKS.md.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { ROOT } from './util';
import { sections } from './sections';

async function main(): Promise<void> {
  if (process.argv[2] === '--list') {
    console.log(sections.map((s) => s.name).join('\n'));
    return;
  }
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((w) => !sections.some((s) => s.name === w));
  if (unknown.length) {
    console.error(`unknown bench section(s): ${unknown.join(', ')}; have: ${sections.map((s) => s.name).join(', ')}`);
    process.exit(2);
  }
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const out = new Map<string, string>();
  for (const s of sections) {
    const m = new RegExp(`<!-- section:${s.name} -->[\\s\\S]*?<!-- /section:${s.name} -->`).exec(previous);
    if (m) out.set(s.name, m[0]);
  }
  for (const s of sections) {
    if (wanted.length && !wanted.includes(s.name)) continue;
    console.error(`bench: ${s.name} …`);
    const t0 = performance.now();
    const body = await s.run();
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    out.set(
      s.name,
      `<!-- section:${s.name} -->\n## ${s.title}\n\n${body.trim()}\n\n_Section ran in ${secs} s._\n<!-- /section:${s.name} -->`,
    );
    console.error(`bench: ${s.name} done in ${secs} s`);
  }
  const header = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (one section: `npm run bench:<name>`). Every number sits beside its',
    'baseline measured in the same process and run; speeds are medians and ratios (lower is better',
    'for times; Dubao ÷ baseline).',
    '',
    `Last machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
    '',
  ].join('\n');
  const body = sections
    .map((s) => out.get(s.name))
    .filter(Boolean)
    .join('\n\n');
  writeFileSync(file, header + '\n' + body + '\n');
  console.error(`bench: wrote ${file}`);
}

await main();

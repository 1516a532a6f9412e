/**
 * The article's difficulty at the learner's settings (level list, known words), for the panel:
 * browser glue over core/levels/difficulty. Runs where the summary runs — the panel's own frame
 * (Chromium) or the background (Firefox) — never on the page's main thread.
 */
import { articleDifficulty, type Difficulty } from '../core/levels/difficulty';
import { loadKnown } from './known-words';
import { loadSettings } from './settings-store';

export async function difficultyAtSettings(
  text: string,
  entities: ReadonlyArray<{ start: number; end: number; type?: string }>,
): Promise<Difficulty> {
  const [settings, known] = await Promise.all([loadSettings(), loadKnown()]);
  return articleDifficulty({ text, list: settings.levelList, entities, ...(known.length ? { known: new Set(known) } : {}) });
}

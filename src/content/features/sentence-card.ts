/**
 * "Keep this sentence" (the panel's key sentences): the sentence goes into the learner's word list
 * as a sentence card — the sentence, its reading in context, the headline and URL — and is
 * exported with the words (Anki TSV, CSV). The pinyin engine is the one hover and ruby load (the
 * same lazily imported chunk), warmed up in slices. Returns what the panel says: added, already
 * there, the list full, or the write that failed (nothing kept is lost silently).
 */
import type { FeatureContext } from '../context';
import { t } from '../../platform/i18n';
import { MAX_CARD_SENTENCE } from '../../core/report/wordlist';
import { createEngine } from './pinyin/engine';

export async function saveSentenceCard(c: FeatureContext, text: string): Promise<string> {
  const sentence = text.trim().slice(0, MAX_CARD_SENTENCE);
  const engine = createEngine();
  const [{ addToWordList }, pinyin] = await Promise.all([import('../../platform/wordlist-store'), engine.pinyin()]);
  await pinyin.preparePinyin(engine.pause);
  try {
    const r = await addToWordList({
      kind: 'sentence',
      word: sentence,
      pinyin: pinyin.readingText(pinyin.readingsOf(sentence)).slice(0, 200),
      sentence,
      title: c.article()?.title ?? c.document.title,
      url: c.window.location.href,
      added: Date.now(),
    });
    if (r.outcome === 'full' || r.outcome === 'invalid') return r.warning ?? t('popupNotAdded');
    const said = r.outcome === 'updated' ? t('panelSentenceKept') : t('panelSentenceAdded', String(r.status.count));
    return r.warning ? `${said} ${r.warning}` : said;
  } catch (e) {
    return t('notSaved', e instanceof Error ? e.message : String(e));
  }
}

/**
 * Ruby over the article (`toggle-pinyin`): every word, or — in the "above-level" mode with a level
 * set — only words above the learner's level that they do not know (known words from storage);
 * pinyin, Jyutping or both by the Mandarin/Cantonese setting (auto: both on Hong Kong pages).
 */
import type { FeatureContext } from '../../context';
import { withHeadline, type PinyinEngine } from './engine';
import { loadKnown } from '../../../platform/known-words';
import { bodyOf } from '../../../ui/dom';
import { rubyReadings } from '../../../core/jyutping/region';
import type { Analysis } from '../../../core/pinyin/readings';
import { pageRegion } from './speech';

async function jyutpingPerCodePoint(): Promise<(a: Analysis) => Array<string | null>> {
  const { jyutpingOf } = await import('../../../core/jyutping/jyutping');
  return (a) => jyutpingOf(a).map((x) => x.jyutping);
}

const BLOCK_LEAF_SEL = 'p,li,td,th,h1,h2,h3,h4,h5,h6,dd,dt,figcaption,caption';

export interface RubyCapability {
  apply(c: FeatureContext): Promise<void>;
  remove(): void;
  readonly on: boolean;
}

/** Paragraph-sized elements to annotate one by one (a whole <body> would be one huge task), the headline too. */
function rubyTargets(c: FeatureContext): Element[] {
  const a = c.article();
  if (a?.isArticle && a.blocks.length)
    return withHeadline(
      c,
      a.blocks.map((b) => b.element),
    );
  const body = bodyOf(c.document);
  return body ? [...body.querySelectorAll(BLOCK_LEAF_SEL)] : [];
}

export function createRuby(engine: PinyinEngine): RubyCapability {
  let ruby: { remove(): void } | null = null;
  return {
    get on() {
      return ruby !== null;
    },
    async apply(c) {
      if (ruby) return;
      const { addRubyInSlices, preparePinyin } = await engine.pinyin();
      await preparePinyin(engine.pause);
      const s = c.settings();
      let select: ((a: Analysis) => Uint32Array) | undefined;
      if (s.rubyMode === 'above-level' && s.learnerLevel > 0) {
        const { loadLevels, aboveLevel } = await engine.levels();
        const [levels, known] = await Promise.all([loadLevels(), loadKnown()]);
        const knownSet = new Set(known);
        select = (a) => aboveLevel(a, levels, { list: s.levelList, level: s.learnerLevel, known: knownSet }).mask;
      }
      // Jyutping (Cantonese alone or beside the pinyin) by the readings setting; to-jyutping loads only then.
      const readings = rubyReadings(s.chineseReading, pageRegion(c));
      const jyutping = readings === 'mandarin' ? undefined : await jyutpingPerCodePoint();
      // oxlint-disable-next-line typescript/no-unnecessary-condition -- another apply() may have finished during the awaits above
      if (ruby) return;
      ruby = await addRubyInSlices(rubyTargets(c), {
        style: s.pinyinStyle,
        toneColours: s.toneColors,
        exclude: c.isOwnUi,
        pause: engine.pause,
        select,
        readings,
        jyutping,
      });
    },
    remove() {
      ruby?.remove();
      ruby = null;
    },
  };
}

/** Options page: the defaults (storage.sync, validated by the settings schema). */
import browser from 'webextension-polyfill';
import { parseSettings, VARIANTS, type Settings } from '../core/settings/schema';
import { lastSaveError, loadSettings, onSaveNotice, saveSettings } from '../platform/settings-store';
import { localise, t } from '../platform/i18n';

const LABELS: Record<string, string> = { cn: 'scriptCn', t: 'scriptT', tw: 'scriptTw', twp: 'scriptTwp', hk: 'scriptHk' };
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

async function main(): Promise<void> {
  localise(document);
  document.documentElement.lang = browser.i18n.getUILanguage();
  onSaveNotice((text) => {
    if (text) $('saved').textContent = text;
  });
  void lastSaveError().then((text) => text && ($('saved').textContent = text));
  let settings = await loadSettings();
  const cycle = $('cycle');
  for (const v of VARIANTS) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = v;
    box.name = 'scriptCycle';
    box.checked = settings.scriptCycle.includes(v);
    label.append(box, ' ', t(LABELS[v]!));
    cycle.append(label);
  }
  $<HTMLSelectElement>('convertScope').value = settings.convertScope;
  $<HTMLInputElement>('hoverPinyin').checked = settings.hoverPinyin;
  $<HTMLSelectElement>('pinyinStyle').value = settings.pinyinStyle;
  $<HTMLInputElement>('toneColors').checked = settings.toneColors;
  $<HTMLInputElement>('cleanArtefacts').checked = settings.cleanArtefacts;

  $('form').addEventListener('change', async () => {
    const checked = [...document.querySelectorAll<HTMLInputElement>('input[name=scriptCycle]:checked')].map((b) => b.value);
    const next: Settings = parseSettings({
      ...(await loadSettings()),
      scriptCycle: checked,
      convertScope: $<HTMLSelectElement>('convertScope').value,
      hoverPinyin: $<HTMLInputElement>('hoverPinyin').checked,
      pinyinStyle: $<HTMLSelectElement>('pinyinStyle').value,
      toneColors: $<HTMLInputElement>('toneColors').checked,
      cleanArtefacts: $<HTMLInputElement>('cleanArtefacts').checked,
    });
    settings = next;
    try {
      await saveSettings(next);
      $('saved').textContent = t('optSaved');
      document.body.dataset.saved = String(Date.now());
    } catch {
      // onSaveNotice shows "not saved: …"; the store retries.
    }
  });
}

void main();

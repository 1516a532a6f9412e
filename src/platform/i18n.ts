/** UI strings from _locales (en, zh_CN, zh_TW), with the key as a visible fallback. */
import browser from 'webextension-polyfill';

export function t(key: string, ...subs: string[]): string {
  try {
    return browser.i18n.getMessage(key, subs) || key;
  } catch {
    return key;
  }
}

/** Fill every `[data-i18n]` element's text (and `[data-i18n-title]` titles) under root. */
export function localise(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n!);
  });
  root.querySelectorAll<HTMLElement>('[data-i18n-title]').forEach((el) => {
    el.title = t(el.dataset.i18nTitle!);
  });
}

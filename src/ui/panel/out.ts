/** Getting text out of the page: the clipboard (with a fallback) and file downloads. */

/** Copy text; falls back to a hidden textarea + execCommand where the async clipboard is refused. */
export async function copyText(doc: Document, text: string, where: ShadowRoot | Element): Promise<boolean> {
  // No clipboard outside secure contexts (lib.dom says it is always there).
  const nav: { clipboard?: Clipboard } | undefined = doc.defaultView?.navigator;
  try {
    if (nav?.clipboard?.writeText) {
      await nav.clipboard.writeText(text);
      return true;
    }
  } catch {
    // not focused, no permission, insecure context: try the old way
  }
  const ta = doc.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  where.appendChild(ta);
  const active = (where as ShadowRoot).activeElement as HTMLElement | null;
  try {
    ta.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    ta.remove();
    active?.focus();
  }
}

/** Save `text` as a file through a Blob URL and an `<a download>` (attached briefly: Firefox needs it). */
export function downloadText(doc: Document, where: ShadowRoot | Element, name: string, mime: string, text: string): void {
  const win = doc.defaultView!;
  const url = win.URL.createObjectURL(new win.Blob([text], { type: `${mime};charset=utf-8` }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  where.appendChild(a);
  a.click();
  a.remove();
  win.setTimeout(() => win.URL.revokeObjectURL(url), 30_000);
}

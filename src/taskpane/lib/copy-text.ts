/**
 * Copies text to the clipboard; resolves false when neither the Clipboard API nor
 * the older `execCommand('copy')` is allowed (an Office task pane in some hosts
 * blocks the former, and a browser without a user gesture the latter).
 */
export async function copyText(text: string, doc: Document = document): Promise<boolean> {
  const clipboard = doc.defaultView?.navigator.clipboard;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Refused (permissions policy in an iframe, no focus): the fallback below may still work.
    }
  }
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  doc.body.appendChild(area);
  try {
    area.select();
    return typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } finally {
    area.remove();
  }
}

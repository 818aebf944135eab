/**
 * Whether a CSS hex colour (`#rgb` or `#rrggbb`, as Office reports its theme colours)
 * is dark enough that text on it should be light. Anything unreadable counts as light,
 * the theme Office itself falls back to.
 *
 * @example
 * isDarkColor('#1F1F1F') //=> true
 * isDarkColor('#ffffff') //=> false
 * isDarkColor('') //=> false
 */
export function isDarkColor(color: string | null | undefined): boolean {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((color ?? '').trim());
  if (!m) return false;
  const digits = m[1] ?? '';
  const hex = digits.length === 3 ? [...digits].map((c) => c + c).join('') : digits;
  const [r = 0, g = 0, b = 0] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  // Relative luminance (sRGB, WCAG 2): perceived brightness, not the plain average.
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  const luminance = 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
  return luminance < 0.2;
}

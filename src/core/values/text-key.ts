/**
 * The form in which operator-typed labels are compared: NFKC (full-width letters and brackets
 * become ASCII), lower case, without spaces, hyphens, underscores, dots or apostrophes — so
 * "On-Time Delivery Rate", "on time delivery rate" and "ＯＮ－ＴＩＭＥ delivery rate" all match.
 */
export function textKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\-_.·'’‐‑–—/]+/g, '');
}

/**
 * Looks `text` up in `table` (keys already in {@link textKey} form). A label with a bracketed part,
 * such as "Order Defect Rate (ODR)" or "订单缺陷率（ODR）", also matches by either part.
 */
export function lookupLabel<T>(table: ReadonlyMap<string, T>, text: string): T | undefined {
  const whole = textKey(text);
  const direct = table.get(whole);
  if (direct !== undefined) return direct;
  const m = /^(.*)\((.*)\)$/.exec(text.normalize('NFKC').trim());
  if (!m) return undefined;
  return table.get(textKey(m[1])) ?? table.get(textKey(m[2]));
}

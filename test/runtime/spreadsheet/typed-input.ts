/**
 * Typed input that the engine reads differently from Sheets (en_US): grouped numbers
 * ("1,000,000"), currency with grouping or a sign ("$1,234.50", "-$5"), percentages — and the
 * number format Sheets gives a cell when such text is typed into it.
 */

const NUMBER = /^\s*([+-])?\s*(\$)?\s*([+-])?\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)\s*(%)?\s*$/;

/** The number typed text stands for, and the format typing it sets; null when it is not a number. */
export function parseTypedNumber(text: string): { value: number; format: string | null } | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const [, sign1, currency, sign2, digits, percent] = m;
  if (sign1 && sign2) return null;
  if (currency && percent) return null;
  const negative = (sign1 ?? sign2) === '-';
  const magnitude = Number(digits.replace(/,/g, ''));
  const value = (negative ? -magnitude : magnitude) / (percent ? 100 : 1);
  const decimals = digits.includes('.') && !digits.endsWith('.');
  let format: string | null = null;
  if (percent) format = decimals ? '0.00%' : '0%';
  else if (currency) format = '"$"#,##0.00';
  else if (digits.includes(',')) format = decimals ? '#,##0.00' : '#,##0';
  return { value: Object.is(value, -0) ? 0 : value, format };
}

/**
 * The format Sheets sets when `text` typed into a cell was read as a date or time (`type` is the
 * engine's detailed type of the result): ISO dates keep their shape, others get en_US's formats.
 */
export function typedDateFormat(text: string, type: string): string | null {
  const iso = /^\s*\d{4}[-/]\d{1,2}[-/]\d{1,2}/.test(text);
  const sep = text.includes('/') ? '/' : '-';
  switch (type) {
    case 'NUMBER_DATE':
      return iso ? `yyyy${sep}mm${sep}dd` : 'M/d/yyyy';
    case 'NUMBER_DATETIME':
      return iso ? `yyyy${sep}mm${sep}dd H:mm:ss` : 'M/d/yyyy H:mm:ss';
    case 'NUMBER_TIME':
      return 'h:mm:ss am/pm';
    default:
      return null;
  }
}

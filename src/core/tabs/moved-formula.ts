/**
 * Recognises a derived column's formula that a user's sort or row insertion moved out of row 2.
 * Sheets moves the formula with its row and shifts its relative references like a copy
 * (`=ACOS_ADS(L2:L, M2:M)` sorted to row 81 reads `=ACOS_ADS(L81:L, M81:M)`): its spill then starts
 * at row 81 and the rows above show nothing. Setup puts the formula back in row 2 and clears the
 * moved copy, which is ours; it never touches a cell whose formula is anything else.
 */

/** A formula with every row number of its cell references blanked (`L81:L` → `L#:L`); text in quotes is kept. */
function rowFree(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(\$?[A-Z]{1,3})\$?\d+\b/g, '$1#')))
    .join('');
}

/**
 * True when `found` (a cell's formula below row 2) is `planned` (the column's row-2 formula) moved
 * to another row: the same formula but for the rows its references start at.
 */
export function isMovedFormula(found: string, planned: string): boolean {
  return found !== '' && found !== planned && rowFree(found) === rowFree(planned);
}

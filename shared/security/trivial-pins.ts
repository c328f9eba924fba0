/**
 * The PINs we refuse, as one documented list. A 4-digit PIN is refused when it is:
 * - one digit repeated: 0000, 1111, …, 9999;
 * - a run of consecutive digits, ascending 0123 … 6789 or descending 9876 … 3210,
 *   including the wrap-around runs 7890, 8901, 9012 and 0987, 1098, 2109;
 * - a repeated pair: ABAB (1212, 6969, 1010) or AABB (1122, 7788);
 * - a mirrored pair: ABBA (1221, 2002);
 * - a keypad line, either way: columns 2580/0852, 1470/0741, 3690/0963 and the diagonals with
 *   the 0 key 1590/0951, 9510, 3570/0753, 7530;
 * - one of the most-chosen codes in published PIN-frequency studies that the rules above miss:
 *   1004, 2000, 2001.
 * That is about 300 of the 10,000 codes.
 * Birth years (19xx/20xx) are not refused: that would remove 2% of the space for little gain.
 */
const KEYPAD_AND_COMMON = new Set([
  '2580',
  '0852',
  '1470',
  '0741',
  '3690',
  '0963',
  '1590',
  '0951',
  '3570',
  '0753',
  '7530',
  '9510',
  '1004',
  '2000',
  '2001',
]);

function isRun(digits: readonly number[], step: 1 | -1): boolean {
  return digits.every((digit, i) => i === 0 || digit === ((digits[i - 1] ?? 0) + step + 10) % 10);
}

/**
 * True when `pin` must not be accepted as a new PIN: anything but exactly four ASCII digits, or a
 * code from the list above.
 */
export function isTrivialPin(pin: string): boolean {
  if (!/^[0-9]{4}$/.test(pin)) return true;
  const [a, b, c, d] = pin;
  const digits = Array.from(pin, Number);
  return (
    (a === b && b === c && c === d) ||
    isRun(digits, 1) ||
    isRun(digits, -1) ||
    (a === c && b === d) ||
    (a === b && c === d) ||
    (a === d && b === c) ||
    KEYPAD_AND_COMMON.has(pin)
  );
}

/**
 * Numbers of years as a science desk prints them, for deep time (./edtf.ts):
 * "13.8 billion", "538.8 million", "315,000". The project's own code, not
 * Intl.NumberFormat, so the CLI in Node and every browser print the same label.
 * Digits are cut from the integer's decimal string, never divided, so no
 * floating-point remainder ("13.799999") can appear.
 *
 * The convention, documented in docs/authoring.md: a year before 9999 B.C. is
 * labelled "N years ago", with N its number of years B.C. (at these magnitudes
 * the two thousand years since A.D. 1 are below the precision of any source).
 */

export interface NumberWords {
  readonly billion: string;
  readonly million: string;
  readonly decimal: string;
  readonly group: string;
}

/** Thousands grouped: 315000 → "315,000". */
export function grouped(n: number, group: string): string {
  return String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, group);
}

/** A count of years from a million up in millions or billions ("13.8 billion"), below it grouped. */
export function bigNumber(n: number, words: NumberWords): { readonly text: string; readonly scaled: boolean } {
  const digits = String(Math.abs(Math.trunc(n)));
  const scale = digits.length > 9 ? 9 : digits.length > 6 ? 6 : 0;
  if (scale === 0) return { text: grouped(n, words.group), scaled: false };
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  const value = fraction ? `${whole}${words.decimal}${fraction}` : whole;
  return { text: `${value} ${scale === 9 ? words.billion : words.million}`, scaled: true };
}

/**
 * A count in myriads, as Korean, Japanese and Chinese write large numbers: with
 * ['억', '만'] and a space, 13800000000 → "138억", 538800000 → "5억 3880만"; with
 * ['億', '万'] and no space, "5億3880万".
 */
export function myriads(n: number, [hundredMillion, tenThousand]: readonly [string, string], joiner: string): string {
  const units: ReadonlyArray<readonly [number, string]> = [
    [1e8, hundredMillion],
    [1e4, tenThousand],
  ];
  let rest = Math.abs(Math.trunc(n));
  const parts: string[] = [];
  for (const [size, name] of units) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${count}${name}`);
    rest -= count * size;
  }
  if (rest > 0 || parts.length === 0) parts.push(String(rest));
  return parts.join(joiner);
}

// Generators for the URL fuzz tests: scheme names hidden the ways browsers (or
// a careless sink) see through — every Unicode space, control and format
// character (Zs, Cc, Cf) before or inside the scheme, entity and percent
// encodings, mixed case — and a runner with a fixed seed plus a fresh one.
import fc from 'fast-check';

/** Schemes that must never come out of the policy. */
const DANGEROUS_SCHEMES = ['javascript', 'vbscript', 'data'] as const;

/** Every code point in Zs, Cc and Cf, read from this engine's Unicode tables. */
const INVISIBLE: readonly string[] = (() => {
  const found: string[] = [];
  const category = /^[\p{Zs}\p{Cc}\p{Cf}]$/u;
  for (let cp = 0; cp <= 0x10ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const ch = String.fromCodePoint(cp);
    if (category.test(ch)) found.push(ch);
  }
  return found;
})();

/** One character of a scheme as an author, a paste or an attacker might write it. */
const disguised = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  const hex = cp.toString(16);
  return fc.constantFrom(
    ch,
    ch.toUpperCase(),
    `&#${cp};`,
    `&#x${hex};`,
    `&#X${hex.toUpperCase()}`,
    `&#000${cp}`,
    `%${hex.padStart(2, '0')}`,
    `\\u00${hex}`,
  );
};
const noise = fc.array(fc.constantFrom(...INVISIBLE, '\t', '\n', ' '), { maxLength: 2 }).map((chars) => chars.join(''));
// Mostly plain, so accepted values come up often enough to be checked.
const maybeDisguised = (ch: string) => fc.oneof({ weight: 3, arbitrary: fc.constant(ch) }, { weight: 1, arbitrary: disguised(ch) });

const scheme = fc.constantFrom(...DANGEROUS_SCHEMES, 'http', 'https', 'mailto', 'blob', 'file', 'ftp');
const rest = fc.constantFrom(
  'alert(document.domain)',
  '//example.org/a.jpg',
  'window.__pwned=true//',
  'text/html,<script>x</script>',
  'desk@example.org',
  '%0aalert(1)',
);

/** A URL whose scheme may be hidden by any mix of the disguises above. */
export const obfuscatedUrl: fc.Arbitrary<string> = fc
  .tuple(noise, scheme, fc.boolean(), rest)
  .chain(([lead, name, tail]) =>
    fc
      .tuple(
        ...[...`${name}:`].map((ch) =>
          fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constant('') }, { weight: 1, arbitrary: noise }), maybeDisguised(ch)),
        ),
      )
      .map((parts) => `${lead}${parts.map(([n, c]) => n + c).join('')}${tail}`),
  );

// A fixed seed keeps CI reproducible; a fresh one each run widens the search,
// and fast-check's failure message carries it, so a failure can be replayed.
const FIXED_SEED = 20261202;

export function fuzz<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => void, numRuns = 3000): void {
  fc.assert(fc.property(arbitrary, check), { seed: FIXED_SEED, numRuns });
  const fresh = (Math.random() * 2 ** 31) | 0;
  try {
    fc.assert(fc.property(arbitrary, check), { seed: fresh, numRuns });
  } catch (error) {
    throw new Error(`fresh seed ${fresh}: ${(error as Error).message}`);
  }
}

export async function fuzzAsync<T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => Promise<void>, numRuns: number): Promise<void> {
  await fc.assert(fc.asyncProperty(arbitrary, check), { seed: FIXED_SEED, numRuns });
  const fresh = (Math.random() * 2 ** 31) | 0;
  try {
    await fc.assert(fc.asyncProperty(arbitrary, check), { seed: fresh, numRuns });
  } catch (error) {
    throw new Error(`fresh seed ${fresh}: ${(error as Error).message}`);
  }
}

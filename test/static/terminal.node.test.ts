// What the CLI prints of the data: no control sequence reaches the terminal, and
// every message stays one line (issue 29, finding 5). The spawned CLI is checked
// by scripts/test-package.mjs.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { terminalSafe } from '../../src/static/terminal.js';

describe('terminalSafe', () => {
  it('shows control characters escaped, so data cannot clear the screen, write the clipboard or add a line', () => {
    const osc52 = '\u001b]52;c;SGVsbG8=\u0007';
    expect(terminalSafe(`date '2023${osc52}'`)).to.equal("date '2023\\u001b]52;c;SGVsbG8=\\u0007'");
    expect(terminalSafe('1953\n::error title=Forged::pwned')).to.equal('1953\\n::error title=Forged::pwned');
    expect(terminalSafe('a\rb\tc\u007fd\u009be')).to.equal('a\\rb\\tc\\u007fd\\u009be');
  });

  it('shows bidirectional overrides, which make printed text read other than it is', () => {
    expect(terminalSafe('id \u202eevil\u202c')).to.equal('id \\u202eevil\\u202c');
  });

  it('leaves every other character as it is: quotes, accents, Hangul, Cyrillic, emoji', () => {
    const text = "Event 2 'korean-war': «1953-13» — 정상회담, саммит ✓ 🇰🇵";
    expect(terminalSafe(text)).to.equal(text);
  });
});

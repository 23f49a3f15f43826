// The CSP-safe style directive positions every marker and label on the axis: a
// re-render must move what moved and drop what is gone, even though it writes
// only the values that changed.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { cssVars } from '../../src/components/summit-timeline/css-vars.js';

describe('cssVars', () => {
  it('sets, changes and removes custom properties across renders, never through the attribute text', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const draw = (vars: Record<`--${string}`, string>) => render(html`<span style=${cssVars(vars)}></span>`, host);
    const style = () => host.querySelector('span')!.style;

    draw({ '--x': '40px', '--lane': '1' });
    expect(style().getPropertyValue('--x')).to.equal('40px');
    expect(style().getPropertyValue('--lane')).to.equal('1');

    draw({ '--x': '40px', '--lane': '1' });
    expect(style().getPropertyValue('--x')).to.equal('40px');

    draw({ '--x': '90px' });
    expect(style().getPropertyValue('--x')).to.equal('90px');
    expect(style().getPropertyValue('--lane')).to.equal('');

    draw({ '--x': '90px', '--lane': '2' });
    expect(style().getPropertyValue('--lane')).to.equal('2');
  });
});

/**
 * Sets custom properties through the CSSOM (style.setProperty) and never through
 * the style attribute. Lit's styleMap writes the attribute on first render, which
 * a strict CSP (style-src without 'unsafe-inline') blocks — and then every
 * marker on the axis would sit at x = 0. On the server, where there is no CSSOM,
 * it renders the attribute text instead.
 */
import { isServer, noChange, type AttributePart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

type Vars = Readonly<Record<`--${string}`, string>>;

class CssVarsDirective extends Directive {
  private previous: Vars = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style') throw new Error('cssVars belongs in style=');
  }

  render(vars: Vars): string {
    return Object.entries(vars)
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [vars]: [Vars]) {
    if (isServer) return this.render(vars);
    const style = (part.element as HTMLElement).style;
    const previous = this.previous;
    for (const name in previous) if (!(name in vars)) style.removeProperty(name);
    // Only what changed: each batch of a long axis re-renders every marker drawn so far,
    // which would otherwise write all their positions again.
    for (const [name, value] of Object.entries(vars)) if (previous[name as keyof Vars] !== value) style.setProperty(name, value);
    this.previous = vars;
    return noChange;
  }
}

export const cssVars = directive(CssVarsDirective);

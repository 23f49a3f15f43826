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
  private previous = new Set<string>();

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
    for (const name of this.previous) if (!(name in vars)) style.removeProperty(name);
    for (const [name, value] of Object.entries(vars)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(vars));
    return noChange;
  }
}

export const cssVars = directive(CssVarsDirective);

/**
 * Whether the page is being printed, so every disclosure opens and nothing a
 * reader would want on paper stays folded (Guardian #9584). beforeprint is what
 * browsers fire for the print dialog; the media query also covers print
 * emulation and print-to-PDF tools.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class PrintController implements ReactiveController {
  printing = false;
  private query?: MediaQueryList;

  private readonly handleChange = (e: Event) => {
    const printing = e.type === 'beforeprint' || (e.type === 'change' && Boolean(this.query?.matches));
    if (printing === this.printing) return;
    this.printing = printing;
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query ??= window.matchMedia('print');
    this.query.addEventListener('change', this.handleChange);
    window.addEventListener('beforeprint', this.handleChange);
    window.addEventListener('afterprint', this.handleChange);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.handleChange);
    window.removeEventListener('beforeprint', this.handleChange);
    window.removeEventListener('afterprint', this.handleChange);
  }
}

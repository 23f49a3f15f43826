/**
 * Whether the timeline reads right to left: its own container's direction, which
 * its `lang` sets (src/i18n/direction.ts), else the host page's.
 */
export const readsRightToLeft = (host: HTMLElement): boolean => (host.shadowRoot?.querySelector('.timeline') ?? host).matches(':dir(rtl)');

/**
 * `summit-timeline/react`: for React 19 and Next. An entry of its own, so
 * projects without React never see React's types.
 *
 * 1. JSX typings: the three tags with their attributes, properties and `on…`
 *    events, for `<summit-timeline>` written as is (`import type {} from
 *    'summit-timeline/react'` once, or "types": ["summit-timeline/react"]).
 *    React 19 sets a prop as a property when the element has one of that name,
 *    else as an attribute, and listens for `onsummit-select` as `summit-select`.
 *
 * 2. `<SummitTimeline>`, a component for pages React renders on the server and
 *    hydrates (Next's App Router). React's hydration skips custom elements'
 *    properties and event props (facebook/react#35446): written as a tag, the
 *    element would lose `data` and show the default chronology, and
 *    `onsummit-select` would never fire. The component writes `data` into the
 *    server's HTML as the element's inline JSON with a readable list of the
 *    events (what readers see before and without script), sets the property and
 *    adds the listeners itself on the client, and loads the element there only.
 */
import { createElement, useEffect, useMemo, useRef, type HTMLAttributes, type ReactNode, type Ref, type RefAttributes } from 'react';
import { validateDocument } from '../data/validate.js';
import { fallbackHtml } from '../static/fallback.js';
import { scriptSafeJson } from '../static/escape.js';
import { en } from '../i18n/en.js';
import type { SummitTimelineElement } from '../components/summit-timeline/summit-timeline.js';
import type { SummitEventElement } from '../components/summit-event/summit-event.js';
import type { SummitEraElement } from '../components/summit-era/summit-era.js';
import type { SummitSelectEvent } from '../events/summit-select-event.js';
import type { SummitDataErrorEvent } from '../events/summit-data-error-event.js';

/** What every custom element takes in React: HTML attributes, a ref, children, and `class` as written. */
type Base<E> = Omit<HTMLAttributes<E>, 'onSelect'> & RefAttributes<E> & { class?: string; children?: ReactNode };

export type SummitTimelineProps = Base<SummitTimelineElement> &
  Partial<
    Pick<
      SummitTimelineElement,
      | 'src'
      | 'data'
      | 'format'
      | 'layout'
      | 'scale'
      | 'selected'
      | 'theme'
      | 'editor'
      | 'hashLinks'
      | 'headingLevel'
      | 'noHeader'
      | 'gapYears'
    >
  > & {
    'hash-links'?: boolean;
    'heading-level'?: number | `${number}`;
    'no-header'?: boolean;
    'gap-years'?: number | `${number}`;
    /** A reader selected an event (not fired for changes a script makes). */
    'onsummit-select'?: (event: SummitSelectEvent) => void;
    /** A problem in the data: the timeline still shows everything valid. */
    'onsummit-data-error'?: (event: SummitDataErrorEvent) => void;
  };

export type SummitEventProps = Base<SummitEventElement> &
  Partial<Pick<SummitEventElement, 'date' | 'end' | 'displayDate' | 'headline'>> & { 'display-date'?: string };

export type SummitEraProps = Base<SummitEraElement> & Partial<Pick<SummitEraElement, 'date' | 'end' | 'label'>>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX namespace is where intrinsic elements are declared.
  namespace JSX {
    interface IntrinsicElements {
      'summit-timeline': SummitTimelineProps;
      'summit-event': SummitEventProps;
      'summit-era': SummitEraProps;
    }
  }
}

/** `<SummitTimeline>`'s props: the element's, with the events as React-style callbacks. */
export type SummitTimelineComponentProps = Omit<SummitTimelineProps, 'onsummit-select' | 'onsummit-data-error' | 'ref'> & {
  ref?: Ref<SummitTimelineElement>;
  onSummitSelect?: (event: SummitSelectEvent) => void;
  onSummitDataError?: (event: SummitDataErrorEvent) => void;
};

/**
 * The element's light DOM for `data`: the document as inline JSON, which the
 * element reads on upgrade (so it never shows another chronology first), and the
 * events as a list, which readers see until then and without script. Data the
 * validator finds no event in (a TimelineJS object, say) travels as JSON alone.
 */
function inlineMarkup(data: unknown, headingLevel: number): string {
  const json = `<script type="application/json">${scriptSafeJson(data)}</script>`;
  const { doc } = validateDocument(data);
  return doc.events.length > 0 ? `${json}${fallbackHtml(doc, en, headingLevel)}` : json;
}

export function SummitTimeline({ data, onSummitSelect, onSummitDataError, ref, children, ...rest }: SummitTimelineComponentProps) {
  const own = useRef<SummitTimelineElement | null>(null);
  const level = Number(rest.headingLevel ?? rest['heading-level'] ?? 2);
  const markup = useMemo(() => (data === undefined ? undefined : inlineMarkup(data, level)), [data, level]);
  // Client only: the element's module defines a custom element, which a server has no registry for.
  useEffect(() => {
    void import('../components/summit-timeline/summit-timeline.define.js');
  }, []);
  useEffect(() => {
    if (own.current && data !== undefined) own.current.data = data;
  }, [data]);
  useEffect(() => {
    const element = own.current;
    if (!element) return;
    const select = (event: SummitSelectEvent) => onSummitSelect?.(event);
    const problem = (event: SummitDataErrorEvent) => onSummitDataError?.(event);
    element.addEventListener('summit-select', select);
    element.addEventListener('summit-data-error', problem);
    return () => {
      element.removeEventListener('summit-select', select);
      element.removeEventListener('summit-data-error', problem);
    };
  }, [onSummitSelect, onSummitDataError]);
  const setRef = (element: SummitTimelineElement | null) => {
    own.current = element;
    if (typeof ref === 'function') ref(element);
    else if (ref) (ref as { current: SummitTimelineElement | null }).current = element;
  };
  return createElement(
    'summit-timeline',
    {
      ...rest,
      ref: setRef,
      // The element adds attributes of its own (a reflected layout, the selection) once it upgrades.
      suppressHydrationWarning: true,
      ...(markup === undefined ? {} : { dangerouslySetInnerHTML: { __html: markup } }),
    },
    markup === undefined ? children : undefined,
  );
}

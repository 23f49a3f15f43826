/**
 * Editor mode: above the timeline, every problem in the data in plain language,
 * each that names a shown event linked to it. A separate chunk: readers'
 * pages never load it.
 */
import { css, html, nothing } from 'lit';
import { describeProblem } from '../../data/describe.js';
import type { DataProblem } from '../../data/types.js';
import type { Language } from '../../i18n/strings.js';

export interface EditorContext {
  readonly language: Language;
  /** Position of a shown event by id, or -1. */
  readonly indexOf: (id: string) => number;
  /** Select and focus the event at this position. */
  readonly show: (index: number) => void;
}

export function renderEditorPanel(problems: readonly DataProblem[], ctx: EditorContext) {
  const { ui } = ctx.language;
  return html`<section part="editor" class="editor" aria-label=${ui.editorPanel}>
    <p class="editor-summary">${problems.length ? ui.problemsFound(problems.length) : ui.noProblems}</p>
    ${
      problems.length
        ? html`<ol>
          ${problems.map((problem) => {
            const index = problem.subject === 'event' && problem.id ? ctx.indexOf(problem.id) : -1;
            const message = describeProblem(problem, ui.problems);
            return html`<li class=${problem.skipped ? 'skipped' : 'kept'}>
              ${index >= 0 ? html`<button type="button" @click=${() => ctx.show(index)}>${message}</button>` : message}
            </li>`;
          })}
        </ol>`
        : nothing
    }
  </section>`;
}

export const editorStyles = css`
  .editor {
    margin-block-end: 1.25rem;
    padding: 0.75rem 1rem;
    border: 2px solid #b3261e;
    border-radius: var(--_radius);
    background: #fff4f2;
    color: #410e0b;
    font-size: 0.875em;
  }
  .editor-summary {
    margin: 0 0 0.4rem;
    font-weight: 700;
  }
  .editor ol {
    margin: 0;
    padding-inline-start: 1.25rem;
    list-style: decimal;
  }
  .editor li.kept {
    color: #5c3a00;
  }
  .editor button {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    /* A button is one box: aligned by its top, a message that wraps keeps its
       number beside the first line, not the last. */
    vertical-align: top;
    text-decoration: underline;
    cursor: pointer;
  }
  .editor button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;

// Types for the test that runs the review's checks (test/data/default-translations.node.test.ts).
export function factProblems(doc: unknown): string[];
export function reviewPage(doc: unknown): Promise<string>;

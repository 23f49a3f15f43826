// @web/test-runner-visual-regression 0.10 (the last release for Node 20) points
// its types at browser/commands.mjs, whose declarations ship as commands.d.ts,
// which TypeScript does not pair with a .mjs file. Its README's signature:
declare module '@web/test-runner-visual-regression' {
  export function visualDiff(element: Node, name: string): Promise<void>;
}

// Generates dist/custom-elements.json from the elements' JSDoc (Storybook
// controls, editor tooling and the README's API tables read it).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names dist/custom-elements.json once; the analyzer must not
  // rewrite it (docs:check writes its copy elsewhere).
  packagejson: false,
};

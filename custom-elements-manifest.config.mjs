// Generates dist/custom-elements.json from the elements' JSDoc (Storybook
// controls, editor tooling, IDEs and the README's API tables read it).
import { existsSync } from 'node:fs';

/** src/a/b.ts → dist/a/b.js: the module a consumer of the package has. */
const shipped = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

/** Each tag and the module that registers it when imported (the package's `exports`). */
const DEFINITIONS = {
  'summit-timeline': 'summit-timeline/summit-timeline',
  'summit-event': 'summit-event/summit-event',
  'summit-era': 'summit-era/summit-era',
};

/**
 * The manifest describes the package as installed: module paths are the built
 * files in dist/ (src/ is not shipped), modules the build does not write are left
 * out, and each tag names the module that defines it, so tools can go from a tag
 * to the import that registers it.
 */
const packagePaths = () => ({
  name: 'summit-timeline-package-paths',
  packageLinkPhase({ customElementsManifest: manifest }) {
    // docs:check analyzes before any build: it keeps every module.
    const built = existsSync('dist/index.js');
    manifest.modules = manifest.modules
      .map((module) => ({
        ...module,
        path: shipped(module.path),
        exports: module.exports
          // The analyzer reads defineElement's own `customElements.define(tag, element)` as a tag named "tag".
          ?.filter((entry) => entry.kind !== 'custom-element-definition' || entry.name in DEFINITIONS)
          .map((entry) =>
            entry.declaration?.module
              ? { ...entry, declaration: { ...entry.declaration, module: shipped(entry.declaration.module) } }
              : entry,
          ),
        declarations: module.declarations?.map((declaration) => ({
          ...declaration,
          ...(declaration.superclass?.module
            ? { superclass: { ...declaration.superclass, module: shipped(declaration.superclass.module) } }
            : {}),
        })),
      }))
      .filter((module) => !built || existsSync(module.path));
    for (const [tag, base] of Object.entries(DEFINITIONS)) {
      const classModule = `dist/components/${base}.js`;
      const declaration = manifest.modules.find((module) => module.path === classModule)?.declarations?.find((d) => d.tagName === tag);
      if (!declaration) throw new Error(`custom-elements.json: no class for <${tag}> in ${classModule}`);
      const definition = {
        kind: 'custom-element-definition',
        name: tag,
        declaration: { name: declaration.name, module: classModule },
      };
      const definePath = `dist/components/${base}.define.js`;
      let defineModule = manifest.modules.find((module) => module.path === definePath);
      if (!defineModule)
        manifest.modules.push((defineModule = { kind: 'javascript-module', path: definePath, declarations: [], exports: [] }));
      defineModule.exports = [...(defineModule.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition'), definition];
    }
  },
});

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names dist/custom-elements.json once; the analyzer must not
  // rewrite it (docs:check writes its copy elsewhere).
  packagejson: false,
  plugins: [packagePaths()],
};

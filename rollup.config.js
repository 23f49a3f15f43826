// `npm run build` writes two things into dist/:
//  1. dist/summit-timeline.min.js: one minified module with lit and the date
//     code it needs, for a <script type="module"> embed. The default chronology
//     and each non-English language are separate chunks beside it, fetched only
//     by pages that use them.
//  2. Unbundled ESM (dist/index.js, dist/components/…) with lit and date-fns left
//     as imports, for apps with their own bundler, and dist/static/ for Node
//     (renderStatic and the `summit-timeline render` CLI). tsc adds the .d.ts files.
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import minifyHtml from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultShouldMinifyCSS } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defaultMinifyOptions } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { tsImport } from 'tsx/esm/api';

const compile = () => esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' });

/**
 * Terser leaves template text alone, so Lit's own minifier collapses the
 * html`` and css`` templates first. Empty attributes stay (an image's empty alt
 * says it is decorative). A css`` fragment of bare declarations (the dark
 * palette, used inside two rules) is no stylesheet the CSS minifier can parse;
 * it is left as written.
 */
const minifyTemplates = () =>
  minifyHtml({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: {
      minifyOptions: { ...defaultMinifyOptions, removeEmptyAttributes: false, minifyJS: false },
      shouldMinifyCSS: (template) => defaultShouldMinifyCSS(template) && template.parts.some((part) => part.text.includes('{')),
    },
  });

/**
 * The default chronology, validated here once rather than in every reader's
 * browser: src/data/default-document.ts becomes a loader of the validated
 * document (a chunk of its own), so the embed carries neither the raw file nor,
 * for the default timeline, the validator. Any problem in it fails the build.
 */
const validatedDefault = () => {
  const DOC = '\0summit-2023';
  // Each translation a chunk of its own (summit-2023.ru-HASH.js): an English reader downloads none of them.
  const IN_LANGUAGE = /^\0summit-2023\.([\w-]+)\.js$/;
  let validated;
  const validate = async (fail) => {
    if (validated) return validated;
    await tsImport('./src/problem-messages.ts', import.meta.url);
    const { validateDocument } = await tsImport('./src/data/validate.ts', import.meta.url);
    const { describeProblem } = await tsImport('./src/data/describe.ts', import.meta.url);
    const { doc, problems } = validateDocument(JSON.parse(readFileSync('data/summit-2023.json', 'utf8')));
    if (problems.length > 0) fail(`data/summit-2023.json: ${problems.map(describeProblem).join('; ')}`);
    return (validated = doc);
  };
  return {
    name: 'validated-default',
    resolveId: (id) => (id === DOC || IN_LANGUAGE.test(id) ? id : null),
    async load(id) {
      if (id.endsWith('/src/data/default-document.ts')) {
        const { lang, translations = {} } = JSON.parse(readFileSync('data/summit-2023.json', 'utf8'));
        const loaders = Object.keys(translations).map(
          (key) => `${JSON.stringify(key)}: () => import(${JSON.stringify(`${DOC}.${key}.js`)})`,
        );
        // The language is chosen as for any document (src/data/content-language.ts), from the keys alone.
        return `import { contentLanguage } from ${JSON.stringify(resolve('src/data/content-language.ts'))};
const IN = { ${loaders.join(', ')} };
export const loadDefaultDocument = (wanted) => {
  const key = contentLanguage({ lang: ${JSON.stringify(lang)}, translations: IN }, [wanted]);
  return Promise.all([import(${JSON.stringify(DOC)}), key && IN[key]()]).then(([m, t]) => ({
    doc: t ? { ...m.default, translations: { [key]: t.default } } : m.default,
    problems: [],
  }));
};`;
      }
      const inLanguage = IN_LANGUAGE.exec(id)?.[1];
      if (id !== DOC && !inLanguage) return null;
      const { translations, ...doc } = await validate((message) => this.error(message));
      // An object literal, which terser writes tighter than JSON (unquoted keys, !1 for false).
      return `export default ${JSON.stringify(inLanguage ? translations[inLanguage] : doc)};`;
    },
  };
};

/**
 * dist/embed.html for iframe embeds. A frame sandboxed with only allow-scripts
 * has an opaque origin, so module scripts (CORS-mode fetches) would need CORS
 * headers on every file; a classic script with everything inlined needs none.
 */
const embedPage = () => ({
  name: 'embed-page',
  generateBundle() {
    const page = readFileSync('src/embed/embed.html', 'utf8').replace(
      '<script type="module" src="./embed.ts"></script>',
      '<script src="./embed.js" defer></script>',
    );
    if (!page.includes('./embed.js')) this.error('src/embed/embed.html no longer loads ./embed.ts');
    if (!page.includes('href="./embed.css"')) this.error('src/embed/embed.html no longer links ./embed.css');
    this.emitFile({ type: 'asset', fileName: 'embed.html', source: page });
    this.emitFile({ type: 'asset', fileName: 'embed.css', source: readFileSync('src/embed/embed.css', 'utf8') });
    // go.html: forwards an oEmbed frame's source links, only to addresses its data holds (src/embed/forward.ts).
    const go = readFileSync('src/embed/go.html', 'utf8').replace(
      '<script type="module" src="./go.ts"></script>',
      '<script src="./go.js" defer></script>',
    );
    if (!go.includes('./go.js')) this.error('src/embed/go.html no longer loads ./go.ts');
    this.emitFile({ type: 'asset', fileName: 'go.html', source: go });
    // The host page's listener, as a file to load by its src: no CMS filter rewrites a script's address.
    this.emitFile({ type: 'asset', fileName: 'host-listener.js', source: readFileSync('src/embed/host-listener.js', 'utf8') });
  },
});

/**
 * dist/summit-timeline.css and summit-timeline-page.css: what `render --stylesheets`
 * links in place of inline <style> on strict-CSP pages. Written by the built
 * renderer itself, so each file is byte for byte what its SSR would have inlined.
 */
const stylesheets = () => ({
  name: 'stylesheets',
  async writeBundle() {
    const { stylesheetFiles } = await import(pathToFileURL('dist/static/render-static.js').href);
    for (const [name, css] of Object.entries(stylesheetFiles())) writeFileSync(`dist/${name}`, css);
  },
});

/** dist/make.html and make.css: the producer's page, loading dist/make.js. */
const makePage = () => ({
  name: 'make-page',
  generateBundle() {
    const page = readFileSync('demo/make.html', 'utf8')
      .replace('<link rel="stylesheet" href="/demo/make.css" />', '<link rel="stylesheet" href="./make.css" />')
      .replace('<script type="module" src="/src/make/make.ts"></script>', '<script type="module" src="./make.js"></script>');
    if (!page.includes('./make.js') || !page.includes('./make.css'))
      this.error('demo/make.html no longer loads /src/make/make.ts and /demo/make.css');
    this.emitFile({ type: 'asset', fileName: 'make.html', source: page });
    this.emitFile({ type: 'asset', fileName: 'make.css', source: readFileSync('demo/make.css', 'utf8') });
  },
});

/**
 * Terser for the embed bundles. Property names are left as written: renaming
 * them by a list across the entry and its lazy chunks once broke editor mode in
 * the bundle alone (a chunk still called a method by its old name), and no
 * test saw it. Since then the suite runs against these files, and they carry no
 * trick the suite does not run.
 */
const minifyEmbed = () => terser({ ecma: 2022, module: true, format: { comments: false } });

/**
 * V8 compiles a function when it is first called, on the main thread, in the
 * middle of the work that called it. A file that starts with this comment
 * ("explicit compile hints", Chromium 136) is compiled whole while it streams
 * in, off the main thread. Only for files nearly all of whose code runs as soon
 * as they load: the entry, each layout, and the readers. Measured (Chromium 156,
 * 8 events, horizontal): functions compiled on the main thread during a load
 * about 450 -> 60, its longest task 29 -> 26 ms of CPU; 18 B (entry) and 22 B
 * (horizontal) of gzip. Other browsers read a comment.
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
const HINTED_CHUNKS = ['horizontal-view', 'vertical-view', 'reader'];
const compileHints = () => ({
  name: 'compile-hints',
  // After Terser (which drops comments): a line on top, and the source map one line down.
  generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || !(chunk.isEntry || HINTED_CHUNKS.includes(chunk.name))) continue;
      chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      const map = bundle[`${chunk.fileName}.map`];
      if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
      if (map?.type === 'asset') map.source = JSON.stringify({ ...JSON.parse(String(map.source)), mappings: chunk.map?.mappings });
    }
  },
});

/** Modules both layout chunks import, which the entry carries for them. */
const SHARED_BY_LAYOUTS = ['/src/components/summit-timeline/css-vars.ts', '/lit/directives/guard.js', '/lit-html/directives/guard.js'];

/** A self-contained embed bundle with its own lazy chunks. */
const embedBundle = (name, input) => ({
  input: { [name]: input },
  // Lazy chunks import shared code from the entry itself, so the embed stays
  // one file plus the chunks it asks for (no facade re-exporting a shared chunk).
  preserveEntrySignatures: 'allow-extension',
  plugins: [validatedDefault(), nodeResolve(), json({ preferConst: true }), minifyTemplates(), compile()],
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: '[name].js',
    // A virtual module's chunk is named with a leading "_"; the default chronology's is plain summit-2023.
    chunkFileNames: (chunk) => `chunks/${chunk.name.replace(/^_/, '')}-[hash].js`,
    sourcemap: true,
    // Both layouts use the CSP-safe style directive and Lit's guard: left to itself Rollup
    // would make each a chunk of its own, one request deeper than either layout. They ride
    // in the entry.
    manualChunks: (id) => (SHARED_BY_LAYOUTS.some((path) => id.endsWith(path)) || id.endsWith(`/${input}`) ? name : undefined),
    plugins: [minifyEmbed(), compileHints()],
  },
});

export default [
  embedBundle('summit-timeline.min', 'src/library.ts'),
  // For pages with static HTML from renderStatic: the same, plus hydration.
  embedBundle('summit-timeline.hydrate.min', 'src/hydrate.ts'),
  {
    // The library, plus the Node-only static renderer and its CLI (dist/static/).
    input: [
      'src/index.ts',
      'src/hydrate.ts',
      'src/static/render-static.ts',
      'src/static/cli.ts',
      // Each tag on its own, as package.json exports them (summit-timeline/summit-event.js).
      'src/components/summit-event/summit-event.define.ts',
      'src/components/summit-era/summit-era.define.ts',
      // summit-timeline/react: JSX typings and the component for server-rendered React.
      'src/frameworks/react.ts',
    ],
    external: (id) => /^(lit|lit-html|@lit|@lit-labs|date-fns|node:|react$|react\/)/.test(id),
    // The same template minifier as the embed bundles: Lit's hydration matches a server's
    // markup to the client's templates by a digest of their strings, so the static
    // renderer must write them exactly as the hydrate bundle has them.
    plugins: [json({ preferConst: true }), minifyTemplates(), compile(), stylesheets()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      banner: (chunk) => (chunk.fileName === 'static/cli.js' ? '#!/usr/bin/env node' : ''),
    },
  },
  // The make page: the element plus the page's own code, in one module with its chunks.
  {
    input: { make: 'src/make/make.ts' },
    plugins: [nodeResolve(), json({ preferConst: true }), minifyTemplates(), compile(), makePage()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/make-[name]-[hash].js',
      sourcemap: true,
      plugins: [terser({ ecma: 2022, module: true, format: { comments: false } })],
    },
  },
  {
    // go.html's script: a classic script, for the same reason as embed.js.
    input: 'src/embed/go.ts',
    plugins: [nodeResolve(), compile()],
    output: { file: 'dist/go.js', format: 'iife', sourcemap: true, plugins: [terser({ ecma: 2022, format: { comments: false } })] },
  },
  {
    input: 'src/embed/embed.ts',
    plugins: [nodeResolve(), json({ preferConst: true }), minifyTemplates(), compile(), embedPage()],
    output: {
      file: 'dist/embed.js',
      format: 'iife',
      inlineDynamicImports: true,
      sourcemap: true,
      plugins: [terser({ ecma: 2022, format: { comments: false } })],
    },
  },
];

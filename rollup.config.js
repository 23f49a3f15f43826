// `npm run build` writes two things into dist/:
//  1. dist/summit-timeline.min.js: one minified module with lit and the date
//     code it needs, for a <script type="module"> embed. The default chronology
//     and each non-English language are separate chunks beside it, fetched only
//     by pages that use them.
//  2. Unbundled ESM (dist/index.js, dist/components/…) with lit and date-fns left
//     as imports, for apps with their own bundler, and dist/static/ for Node
//     (renderStatic and the `summit-timeline render` CLI). tsc adds the .d.ts files.
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const compile = () => esbuild({ tsconfig: 'tsconfig.json', target: 'es2022' });

/**
 * Terser leaves the text of css`` templates alone, comments and indentation
 * included. Our styles modules hold nothing but CSS in those templates, so
 * comments and runs of whitespace can go before minification.
 */
const minifyCssTemplates = () => ({
  name: 'minify-css-templates',
  transform(code, id) {
    if (!id.endsWith('.styles.ts')) return null;
    const minified = code.replace(/css`([^`]*)`/g, (_, body) => {
      const compact = body
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\s+/g, ' ')
        .replace(/\s*([{};,>])\s*/g, '$1')
        .replace(/;}/g, '}')
        .trim();
      return `css\`${compact}\``;
    });
    return { code: minified, map: null };
  },
});

export default [
  {
    input: { 'summit-timeline.min': 'src/index.ts' },
    plugins: [nodeResolve(), json({ preferConst: true }), minifyCssTemplates(), compile()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
      plugins: [terser({ ecma: 2022, module: true, format: { comments: false } })],
    },
  },
  {
    // The library, plus the Node-only static renderer and its CLI (dist/static/).
    input: ['src/index.ts', 'src/static/render-static.ts', 'src/static/cli.ts'],
    external: (id) => /^(lit|lit-html|@lit|@lit-labs|date-fns|node:)/.test(id),
    plugins: [json({ preferConst: true }), compile()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      banner: (chunk) => (chunk.fileName === 'static/cli.js' ? '#!/usr/bin/env node' : ''),
    },
  },
];

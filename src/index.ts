/**
 * The package entry, for apps with their own bundler and for Node: the library
 * (./library.ts) with the English problem messages loaded up front, so every
 * DataProblem it returns has its `message`.
 */
import './problem-messages.js';

export * from './library.js';

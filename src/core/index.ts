/**
 * The core's only entry point. Pure: no DOM, no browser API, no Node API (src/core/tsconfig.json
 * enforces it), so the content script, the extension pages and the CLI run the same code.
 */
export * from './types';
export { parsePack, validatePack, parseJsonText, formatPackErrors, MAX_PACK_BYTES, type PackError } from './packs/validate';
export { compilePack, compilePackSteps, compiledFor, matchText, type CompiledPack, type CompileOptions, type MatchOptions } from './match/match-claims';
export { scriptsOf, type Script } from './text/scripts';
export { summarizeCoverage, type CoverageSummary, type OmittedReply } from './coverage';
export * from './compare-export'; // buildComparison and its CSV/JSON/Markdown/HTML exports
export { mayMatch, passageTestFor, precheckFor, type Precheck } from './match/precheck';
export { anchorTest } from './match/anchors';

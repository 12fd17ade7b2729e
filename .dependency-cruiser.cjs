// The layering of src/, checked by `npm run lint:deps` (part of `npm test`).
// Imports run one way: cli -> batch -> parse -> detect/quotes -> source/lexicon -> model
// (render sits beside parse and reads only model). Anything that would make a
// lower layer depend on a higher one, or a cycle, fails the check.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'A cycle means two modules cannot be understood (or tested) apart.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'cli-and-batch-on-top',
      severity: 'error',
      comment: 'Only the CLI and the batch layer may use cli/ and batch/; nothing below them reaches up.',
      from: { path: '^src/(?!cli/|batch/)' },
      to: { path: '^src/(cli|batch)/' },
    },
    {
      name: 'batch-below-cli',
      severity: 'error',
      comment: 'The batch layer is driven by the CLI, never the other way round.',
      from: { path: '^src/batch/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'parse-drives-detectors',
      severity: 'error',
      comment: 'parse/ runs the steps; detectors, quotes and renderers never import it.',
      from: { path: '^src/(detect|quotes|render)/' },
      to: { path: '^src/parse/' },
    },
    {
      name: 'detect-does-not-use-quotes',
      severity: 'error',
      comment: 'Detectors and quotes are siblings under parse/; quotes may read detect/context, detectors never import quotes.',
      from: { path: '^src/detect/' },
      to: { path: '^src/quotes/' },
    },
    {
      name: 'render-reads-only-the-model',
      severity: 'error',
      comment: 'Renderers turn an Article into text; they know nothing of how it was parsed.',
      from: { path: '^src/render/' },
      to: { path: '^src/(source|lexicon|detect|quotes|parse)/' },
    },
    {
      name: 'source-below-detectors',
      severity: 'error',
      comment: 'Reading, decoding and segmenting come before any detector.',
      from: { path: '^src/source/' },
      to: { path: '^src/(detect|quotes|parse|render)/' },
    },
    {
      name: 'lexicon-is-data',
      severity: 'error',
      comment: 'Lexicons are data: they may read model types and other lexicons, no logic.',
      from: { path: '^src/lexicon/' },
      to: { path: '^src/(?!lexicon/|model/)' },
    },
    {
      name: 'model-is-the-bottom',
      severity: 'error',
      comment: 'The contract depends on nothing of ours.',
      from: { path: '^src/model/' },
      to: { path: '^src/(?!model/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.build.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
}

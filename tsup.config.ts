import { defineConfig } from 'tsup'

/** One entry per subpath export; the CLI is its own entry with a shebang. */
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    verify: 'src/verify/index.ts',
    issue: 'src/issue/index.ts',
    keys: 'src/keys/index.ts',
    status: 'src/status/index.ts',
    store: 'src/store/index.ts',
    batch: 'src/batch/index.ts',
    render: 'src/render/index.ts',
    edubadges: 'src/edubadges/index.ts',
    'batch-worker': 'src/batch/sign-worker.ts',
    'cli/main': 'src/cli/main.ts',
  },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
})

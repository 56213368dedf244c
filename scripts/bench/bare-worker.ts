/**
 * Worker thread for the benchmark's "bare engine": Redocly's recommended rules with its own parser
 * and resolver (never fetching a URL), none of ours, `no-invalid-schema-examples` off. Replies with
 * the number of problems, or undefined when Redocly could not lint the document.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { enableCompileCache } from '../../src/standards/compile-cache.ts';
import { useRedoclyBundle } from '../../src/standards/redocly-bundle.ts';

// Loaded the same way as the assessment's workers, so that the comparison is of the linting.
enableCompileCache();
useRedoclyBundle((workerData as { redoclyBundle?: string } | undefined)?.redoclyBundle);
const { BaseResolver, ResolveError, createConfig, isAbsoluteUrl, lint } = await import('@redocly/openapi-core');

class OfflineResolver extends BaseResolver {
  override async loadExternalRef(absoluteRef: string) {
    if (isAbsoluteUrl(absoluteRef)) throw new ResolveError(new Error(`Not fetched (offline): ${absoluteRef}`));
    return super.loadExternalRef(absoluteRef);
  }
}

const config = await createConfig({ extends: ['recommended'], rules: { 'no-invalid-schema-examples': 'off' } } as never);

parentPort?.on('message', ({ id, task }: { id: number; task: { file: string } }) => {
  lint({ ref: task.file, config, externalRefResolver: new OfflineResolver() }).then(
    (problems) => parentPort?.postMessage({ id, reply: { problems: problems.length } }),
    () => parentPort?.postMessage({ id, reply: {} }),
  );
});
parentPort?.postMessage({ ready: true });

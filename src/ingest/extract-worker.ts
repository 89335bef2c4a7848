// Worker-thread entry (started by extract-worker-client.ts): extracts each batch it is sent and
// answers with one outcome per document. Loads the extractor's data once, at start.
import { parentPort } from 'node:worker_threads';
import { extract } from '../extract/index.js';
import { extractEach, type ExtractRequest, type ExtractResponse } from './extract-worker-client.js';

if (!parentPort) throw new Error('extract-worker.ts runs as a worker thread (see extract-worker-client.ts)');
const port = parentPort;
port.on('message', (req: ExtractRequest) => {
  port.postMessage({ id: req.id, outcomes: extractEach(req.docs, extract) } satisfies ExtractResponse);
});

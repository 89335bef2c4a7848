// `npm run build:data`: builds every generated data file under data/build. Each builder is independent;
// add new ones to the list.
import { buildGazetteer } from './build-gazetteer.js';

const builders: Array<[string, () => Promise<unknown>]> = [['gazetteer', buildGazetteer]];

for (const [name, build] of builders) {
  const t0 = performance.now();
  const result = await build();
  console.log(`${name}: ${JSON.stringify(result)} in ${Math.round(performance.now() - t0)} ms`);
}

import { generateSyndication } from '../bench/syndication.js';
const reports = generateSyndication({ incidents: Math.ceil(20000 / 55), seed: 2024 }).slice(0, 20000);
const seen = new Set<number>();
for (const r of reports) if (!seen.has(r.incident) && r.title.includes(process.argv[2]) && r.published.startsWith(process.argv[3])) { seen.add(r.incident); console.log(r.incident, r.type, r.published); }

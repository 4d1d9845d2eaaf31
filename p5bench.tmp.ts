import { drawsFigures } from './bench/draws.bench';
drawsFigures().then((f) => console.log(JSON.stringify(f, null, 1)), (e) => { console.error(e); process.exit(1); });

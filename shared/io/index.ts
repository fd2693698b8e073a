export * from './errors';
export * from './safe-json';
export * from './load';
export * from './benchmarks';

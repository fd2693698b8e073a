export * from './json-report';
export * from './csv';
export * from './markdown';
export * from './html';

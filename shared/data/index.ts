export * from './app-data';
export * from './migrations';
export * from './quick-validate';
export * from './decode-data-file';
export * from './candidate-reconcile';

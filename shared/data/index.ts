export * from './app-data';
export * from './migrations';

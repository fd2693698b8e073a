export * from './ids';
export * from './scale';
export * from './framework';
export * from './member';
export * from './organisation';
export * from './scenario';
export * from './team';
export * from './slug';

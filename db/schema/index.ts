export * from './departments';
export * from './users';
export * from './audit';
export * from './settings';
export * from './subjects';
export * from './inspectors';
export * from './items';
export * from './libraries';

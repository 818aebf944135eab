export { FileModeApp } from './FileModeApp';
export type { FileModeAppProps, FileModeAppState } from './FileModeApp.types';
export { renderFileModeApp } from './renderFileModeApp';
export { useFileModeApp } from './useFileModeApp';

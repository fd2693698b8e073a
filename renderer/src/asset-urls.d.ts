// Vite's `?url` import: the file is emitted among the built assets and the import is its URL
// (used for the solver's WebAssembly binary). Declared alone rather than all of vite/client.
declare module '*?url' {
  const url: string;
  export default url;
}

// Vite's `?raw` imports (a file's text), used by tests to read committed config files.
declare module '*?raw' {
  const content: string;
  export default content;
}

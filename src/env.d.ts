// Vite's `?raw` imports (the file's text), declared here so that `tsc` passes
// before `astro sync` has written .astro/types.d.ts (a fresh clone).
declare module '*.css?raw' {
  const text: string;
  export default text;
}

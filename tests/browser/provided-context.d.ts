// The browser project's global setup starts the real server and provides its address.
// (Not named browser.d.ts: TypeScript would take that for the declarations of browser.ts and skip it.)
declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export {};

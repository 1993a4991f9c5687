// The browser project's global setup starts the real server and provides its address.
declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export {};

/**
 * Types the `meta` of mutations app-wide. `errorHandling: 'inline'` means the component shows the
 * error itself (at the fields, in the dialog); any other failed mutation is reported as a toast.
 */
declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: { errorHandling?: 'inline' | 'toast' };
  }
}

export {};

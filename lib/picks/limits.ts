// Limits the Editor's Pick board shows in the browser as well as checks on the server (schema.ts).
export const NOTE_MAX = 160;

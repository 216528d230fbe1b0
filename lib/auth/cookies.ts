/** Cookie names Auth.js uses for the session (with the Secure- prefix on https). */
export const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/** Cookie names Auth.js uses for the session (with the Secure- prefix on https). */
import "server-only";
export const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

// node --import ./bench/support/uncached.mjs …: reads run without Next's cache (see the hooks).
import { register } from "node:module";
register("./next-cache-hooks.mjs", import.meta.url);

// Module hook: resolves "next/cache" to the no-op stub beside it.
export async function resolve(specifier, context, next) {
  if (specifier === "next/cache")
    return { url: new URL("./next-cache-stub.mjs", import.meta.url).href, shortCircuit: true };
  return next(specifier, context);
}

import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // Formatting belongs to Prettier (`npm run lint` runs `prettier --check`), not to ESLint.
  prettier,
  {
    rules: {
      // Images are uploads served from UPLOAD_DIR with their width and height (no layout shift);
      // Next's image optimiser would add a per-request resizing service to the static pages.
      "@next/next/no-img-element": "off",
      "@typescript-eslint/no-unused-vars": [
        "warn",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Next loads the cache handlers at run time with require(): they are plain CommonJS.
    files: ["lib/cache/handlers/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  globalIgnores([
    ".next/**",
    ".next-*/**",
    ".data/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    "lib/generated/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);

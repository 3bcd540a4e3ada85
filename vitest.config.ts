import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    exclude: ["test/e2e/**"],
    setupFiles: ["fake-indexeddb/auto"],
    pool: "threads",
    maxWorkers: 2,
    // A guard against hangs, not a speed check (speed is the bench's): generous for a busy machine.
    testTimeout: 30_000,
  },
});

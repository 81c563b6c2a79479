// One measurement per process, for scripts/bench-load.sh:
//   node swagger_parser_load.mjs dereference|bundle SPEC
// dereference = read + parse + resolve every $ref in place, with {dereference: {circular: "ignore"}}
//   (circular refs left as $ref; GitHub's and Stripe's specs have them).
// bundle = read + parse + resolve external refs into one document (internal refs kept).
// Prints "mode=... ms=... hwm_kb=..." (hwm = process.resourceUsage().maxRSS, in kB).
import SwaggerParser from "@apidevtools/swagger-parser";

const [mode, path] = process.argv.slice(2);
if (!["dereference", "bundle"].includes(mode) || !path) {
  console.error("usage: node swagger_parser_load.mjs dereference|bundle SPEC");
  process.exit(2);
}
const t0 = process.hrtime.bigint();
try {
  const api =
    mode === "dereference"
      ? await SwaggerParser.dereference(path, { dereference: { circular: "ignore" } })
      : await SwaggerParser.bundle(path);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const items = Object.keys(api.paths || {}).length;
  console.log(`mode=${mode} ms=${ms.toFixed(1)} hwm_kb=${process.resourceUsage().maxRSS} items=${items}`);
} catch (e) {
  console.error(`${path}: swagger-parser ${mode} failed: ${e && e.message}`);
  process.exit(1);
}

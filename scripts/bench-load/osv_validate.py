"""One measurement per process, for scripts/bench-load.sh:
    python osv_validate.py SPEC
Reads the file, parses it (json / yaml.CSafeLoader when available), and runs
openapi_spec_validator.validate (meta-schema + its semantic checks, $refs resolved).
Prints "mode=validate ms=... hwm_kb=... errors=N" (hwm = ru_maxrss, kB on Linux).
The time covers parse + validate; the parse alone is printed as parse_ms.
"""
import json
import resource
import sys
import time

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename  # noqa: F401  (import cost outside timing)

path = sys.argv[1]
t0 = time.perf_counter()
with open(path, "rb") as f:
    data = f.read()
if path.endswith(".json"):
    doc = json.loads(data)
else:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    doc = yaml.load(data, Loader=loader)
t1 = time.perf_counter()
errors = 0
try:
    validate(doc, base_uri="file://" + path)
except Exception as e:  # a validation error is a result, not a crash
    errors = 1
    print(f"first error: {str(e).splitlines()[0][:200]}", file=sys.stderr)
t2 = time.perf_counter()
hwm = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"mode=validate ms={(t2 - t0) * 1000:.1f} parse_ms={(t1 - t0) * 1000:.1f} hwm_kb={hwm} errors={errors}")

//! `stipula diff` machine formats are valid documents, read back by independent parsers:
//! JSON and SARIF by serde_json here and by Python's `json`, JUnit by Python's XML parser
//! (`xml.etree`), GitHub annotations by the workflow-command grammar. Run on every fixture
//! pair in both directions and on a pair whose names and values carry XML, Markdown and
//! workflow-command metacharacters.

use std::path::{Path, PathBuf};
use std::process::Command;
use stipula_testkit::{DIFF_FAMILIES, run, spec_path, stipula_command, temp_dir};

const FORMATS: [&str; 5] = ["json", "sarif", "junit", "github", "markdown"];

fn specs() -> PathBuf {
    spec_path("diff")
}

/// Run the binary; write stdout to `out`; return the exit code.
fn diff_to(base: &Path, rev: &Path, format: &str, out: &Path) -> i32 {
    let o = run(stipula_command(env!("CARGO_BIN_EXE_stipula"))
        .args([
            "diff",
            "--fail-on",
            "breaking",
            "--today",
            "2026-11-21",
            "--format",
            format,
        ])
        .arg(base)
        .arg(rev));
    let code = o.status.code().unwrap_or(-1);
    assert!(
        code == 0 || code == 1,
        "{format} {} {}: exit {code}\n{}",
        base.display(),
        rev.display(),
        String::from_utf8_lossy(&o.stderr)
    );
    if let Err(e) = std::fs::write(out, &o.stdout) {
        panic!("cannot write {}: {e}", out.display());
    }
    code
}

const HOSTILE_BASE: &str = r#"openapi: 3.1.0
info: {title: "t <&> \"q\"", version: 1.0.0}
paths:
  /a%2Cb/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: "x,y:z", in: query, required: false, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                required: ["a<b&\"c'%,:]]>"]
                properties:
                  "a<b&\"c'%,:]]>": {type: string, enum: ["line\nbreak", "100%", "<x/>"]}
                  "pipe|name": {type: string}
"#;

const HOSTILE_REVISION: &str = r#"openapi: 3.1.0
info: {title: "t <&> \"q\"", version: 1.0.0}
paths:
  /a%2Cb/{id}:
    get:
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: "x,y:z", in: query, required: true, schema: {type: string}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                type: object
                properties:
                  "a<b&\"c'%,:]]>": {type: string, enum: ["line\nbreak", "100%", "<x/>", "&amp;"]}
"#;

/// Checks run by Python on every output (argv: a manifest, JSON list of
/// `[format, file, findings, breaking]`).
const CHECK_PY: &str = r#"
import json, re, sys, xml.etree.ElementTree as ET

def check(fmt, path, n, nb):
    text = open(path, encoding="utf-8").read()
    if fmt == "json":
        d = json.loads(text)
        assert d["schemaVersion"] == 1
        levels = {"breaking": 0, "warning": 0, "info": 0}
        for f in d["findings"]:
            assert f["level"] in levels and f["direction"] in ("request", "response", "none"), f
            assert f["id"] and f["message"], f
            assert re.fullmatch(r"[0-9a-f]{16}", f["fingerprint"]), f
            assert f["base"] or f["revision"], f
            for side in ("base", "revision"):
                if f[side]:
                    assert set(f[side]) == {"file", "line", "col", "pointer"}, f
            if "accepted" not in f:
                levels[f["level"]] += 1
        for k, v in levels.items():
            assert d["summary"][k] == v, (k, v, d["summary"])
        assert len(d["findings"]) == n and levels["breaking"] == nb
    elif fmt == "sarif":
        d = json.loads(text)
        assert d["version"] == "2.1.0"
        run = d["runs"][0]
        assert run["tool"]["driver"]["name"] == "stipula"
        ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
        assert len(run["results"]) == n, (len(run["results"]), n)
        for r in run["results"]:
            assert r["ruleId"] in ids, r["ruleId"]
            assert r["level"] in ("error", "warning", "note"), r
            assert r["message"]["text"], r
            for loc in r["locations"] + r.get("relatedLocations", []):
                pl = loc["physicalLocation"]
                assert pl["artifactLocation"]["uri"], loc
                reg = pl.get("region")
                if reg is not None:
                    assert reg["startLine"] >= 1 and reg["startColumn"] >= 1, loc
    elif fmt == "junit":
        root = ET.fromstring(text.encode("utf-8"))
        assert root.tag == "testsuites", root.tag
        suites = root.findall("testsuite")
        assert len(suites) == 1
        cases = suites[0].findall("testcase")
        failures = suites[0].findall("testcase/failure")
        assert len(cases) == n == int(root.get("tests")), (len(cases), n)
        assert len(failures) == nb == int(root.get("failures")), (len(failures), nb)
        for c in cases:
            assert c.get("classname") and c.get("name"), ET.tostring(c)
    elif fmt == "github":
        lines = text.rstrip("\n").split("\n")
        ann = [l for l in lines if l.startswith("::")]
        assert len(ann) == n, (len(ann), n)
        pat = re.compile(r"::(error|warning|notice) file=[^,:\n]+(,line=\d+,col=\d+)?,title=[^,:\n]+::[^\n]+")
        for l in ann:
            assert pat.fullmatch(l), l
        assert lines[-1].startswith("stipula diff: "), lines[-1]
    elif fmt == "markdown":
        rows = [l for l in text.split("\n") if l.startswith("| ") and not l.startswith("| Where")]
        for r in rows:
            # an unescaped | inside a cell would add a column
            cells = re.split(r"(?<!\\)\|", r)
            assert len(cells) == 6, r
        assert len(rows) == n, (len(rows), n)

for fmt, path, n, nb in json.load(open(sys.argv[1])):
    try:
        check(fmt, path, n, nb)
    except Exception as e:
        print(f"{path} (--format {fmt}): {type(e).__name__}: {e}")
        sys.exit(1)
print("ok")
"#;

fn python() -> Option<&'static str> {
    ["python3", "python"].into_iter().find(|p| {
        Command::new(p)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

#[test]
fn machine_formats_are_valid_documents() {
    let dir = temp_dir("diff-formats");
    let hb = dir.join("hostile-base.yaml");
    let hr = dir.join("hostile-revision.yaml");
    for (p, t) in [(&hb, HOSTILE_BASE), (&hr, HOSTILE_REVISION)] {
        if let Err(e) = std::fs::write(p, t) {
            panic!("cannot write {}: {e}", p.display());
        }
    }
    let mut pairs: Vec<(String, PathBuf, PathBuf)> = vec![
        ("hostile-fwd".into(), hb.clone(), hr.clone()),
        ("hostile-rev".into(), hr, hb),
    ];
    for fam in DIFF_FAMILIES {
        let (b, r) = (
            specs().join(format!("{fam}-base.yaml")),
            specs().join(format!("{fam}-revision.yaml")),
        );
        pairs.push((format!("{fam}-fwd"), b, r));
    }
    let py = python();
    if py.is_none() {
        eprintln!(
            "python3 not found: checking JSON and SARIF with serde_json only (JUnit, GitHub and Markdown checks skipped)"
        );
    }
    let script = dir.join("check.py");
    if let Err(e) = std::fs::write(&script, CHECK_PY) {
        panic!("cannot write {}: {e}", script.display());
    }
    let mut total = 0;
    let mut manifest = Vec::new();
    for (name, base, rev) in &pairs {
        let mut outs = Vec::new();
        for fmt in FORMATS {
            let out = dir.join(format!("{name}.{fmt}"));
            diff_to(base, rev, fmt, &out);
            outs.push((fmt, out));
        }
        // serde_json reads JSON and SARIF back
        let read = |p: &Path| -> serde_json::Value {
            let t = std::fs::read_to_string(p).unwrap_or_default();
            match serde_json::from_str(&t) {
                Ok(v) => v,
                Err(e) => panic!("{}: not JSON: {e}", p.display()),
            }
        };
        let j = read(&outs[0].1);
        let s = read(&outs[1].1);
        let n = j["findings"].as_array().map_or(0, Vec::len);
        let nb = j["summary"]["breaking"].as_u64().unwrap_or(0) as usize;
        assert_eq!(
            s["runs"][0]["results"].as_array().map_or(0, Vec::len),
            n,
            "{name}: SARIF results vs JSON findings"
        );
        total += n;
        for (fmt, out) in &outs {
            manifest.push(serde_json::json!([fmt, out, n, nb]));
        }
    }
    if let Some(py) = py {
        let m = dir.join("manifest.json");
        if let Err(e) = std::fs::write(&m, serde_json::Value::Array(manifest).to_string()) {
            panic!("cannot write {}: {e}", m.display());
        }
        let o = match Command::new(py).arg(&script).arg(&m).output() {
            Ok(o) => o,
            Err(e) => panic!("cannot run {py}: {e}"),
        };
        assert!(
            o.status.success(),
            "an output did not pass the check:\n{}\n{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
    }
    assert!(total > 150, "only {total} findings over all pairs");
    let _ = std::fs::remove_dir_all(&dir);
}

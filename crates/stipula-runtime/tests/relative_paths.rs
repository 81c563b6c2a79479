//! Generated crates may embed this crate's source as a module (`--standalone`), where
//! `crate::` is the generated crate: every path inside must be relative (`super::`).

#[test]
fn no_source_file_names_crate_paths() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![src];
    let mut seen = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry
                .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
                .path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            seen += 1;
            for (i, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                assert!(
                    !code.contains("crate::") && !code.contains("$crate"),
                    "{}:{}: `crate::` breaks the embedded copy (use `super::`): {line}",
                    path.display(),
                    i + 1
                );
            }
        }
    }
    assert!(seen >= 8, "only {seen} source files found");
}

//! Rendering: the template environment (embedded templates, overridable file by file),
//! rendering one template, `prettyplease` formatting with doc text made safe, and the
//! small thread pool that renders and formats the files of a crate in parallel.

use crate::*;

pub(crate) fn template_env(opts: &Options) -> Result<minijinja::Environment<'static>, Error> {
    let mut env = minijinja::Environment::new();
    let syntax = minijinja::syntax::SyntaxConfig::builder()
        .keep_trailing_newline(true)
        .build()
        .map_err(|e| Error::Template {
            name: "<syntax>".into(),
            message: e.to_string(),
        })?;
    env.set_syntax(syntax);
    env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
    env.add_filter("bare", |s: String| names::bare(&s).to_string());
    // Type expressions are written for sibling modules of `types`; this rewrites one for
    // use at the root of the generated code.
    env.add_filter("from_root", |s: String| {
        s.replace("super::types::", "self::types::")
    });
    env.add_filter("setters", setter_names);
    env.add_filter("option_inner", |s: String| option_inner(&s).to_string());
    for name in opts.target.template_names() {
        let over = opts.templates.as_ref().map(|d| d.join(name));
        let source = match over {
            Some(p) if p.is_file() => std::fs::read_to_string(&p).map_err(|e| Error::Io {
                path: p.clone(),
                message: format!("cannot read the template override: {e}"),
            })?,
            _ => match opts.target.embedded(name) {
                Some(s) => s.to_string(),
                None => continue,
            },
        };
        env.add_template_owned(name.to_string(), source)
            .map_err(|e| Error::Template {
                name: name.to_string(),
                message: format!("{e:#}"),
            })?;
    }
    Ok(env)
}

/// Methods a builder setter must not be named (the struct's constructor, and methods of
/// the traits generated structs implement, which an inherent method would shadow).
const SETTER_TAKEN: &[&str] = &[
    "new",
    "clone",
    "clone_from",
    "default",
    "eq",
    "ne",
    "fmt",
    "serialize",
    "deserialize",
    "into",
    "try_into",
    "from",
    "try_from",
    "to_owned",
    "clone_into",
    "borrow",
    "borrow_mut",
    "type_id",
];

/// The builder setter of each field (`idents`, in order): the field's own identifier
/// (`.limit(10)`), or `with_<field>` when that would be the constructor or shadow a trait
/// method, made unique among the fields.
pub(crate) fn setter_names(idents: Vec<String>) -> Vec<String> {
    let mut used: std::collections::HashSet<String> = idents
        .iter()
        .map(|i| names::bare(i).to_string())
        .filter(|i| !SETTER_TAKEN.contains(&i.as_str()))
        .collect();
    used.extend(SETTER_TAKEN.iter().map(|s| s.to_string()));
    idents
        .into_iter()
        .map(|ident| {
            let bare = names::bare(&ident);
            if !SETTER_TAKEN.contains(&bare) {
                return ident;
            }
            let mut name = format!("with_{bare}");
            let mut n = 2;
            while !used.insert(name.clone()) {
                name = format!("with_{bare}{n}");
                n += 1;
            }
            name
        })
        .collect()
}

/// `T` of a rendered `::std::option::Option<T>`; any other type as it is.
pub(crate) fn option_inner(ty: &str) -> &str {
    ty.strip_prefix("::std::option::Option<")
        .and_then(|t| t.strip_suffix('>'))
        .unwrap_or(ty)
}

pub(crate) fn render(
    env: &minijinja::Environment,
    name: &str,
    ctx: minijinja::Value,
) -> Result<String, Error> {
    let t = env.get_template(name).map_err(|e| Error::Template {
        name: name.to_string(),
        message: format!("{e:#}"),
    })?;
    t.render(ctx).map_err(|e| Error::Template {
        name: name.to_string(),
        message: format!("{e:#}"),
    })
}

/// Rewrites the text of every `#[doc = "..."]` so that, printed as a `///` comment, it
/// holds no lone `\r`, control character or bidirectional override (see
/// [`names::doc_safe`]). Done here, on the parsed file, so every template (overrides
/// included) is covered.
struct DocSafe;

impl syn::visit_mut::VisitMut for DocSafe {
    fn visit_attribute_mut(&mut self, attr: &mut syn::Attribute) {
        if attr.path().is_ident("doc")
            && let syn::Meta::NameValue(nv) = &mut attr.meta
            && let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) = &mut nv.value
        {
            let text = s.value();
            let safe = names::doc_safe(&text);
            if safe != text {
                *s = syn::LitStr::new(&safe, s.span());
            }
        }
    }
}

/// Format Rust source with prettyplease (deterministic, no external tools).
pub fn format_rust(file: &str, text: &str) -> Result<String, Error> {
    match syn::parse_file(text) {
        Ok(mut f) => {
            syn::visit_mut::VisitMut::visit_file_mut(&mut DocSafe, &mut f);
            Ok(prettyplease::unparse(&f))
        }
        Err(e) => Err(Error::Format {
            file: file.to_string(),
            message: e.to_string(),
            unformatted: text.to_string(),
        }),
    }
}

/// `f(0..n)` on up to as many threads as the machine has cores; results in index order. The
/// first error (by index) wins, so the outcome does not depend on scheduling.
pub(crate) fn run_jobs<T: Send>(
    n: usize,
    f: impl Fn(usize) -> Result<T, Error> + Sync,
) -> Result<Vec<T>, Error> {
    let threads = std::thread::available_parallelism()
        .map(|p| p.get())
        .unwrap_or(1)
        .min(n);
    if threads <= 1 {
        return (0..n).map(&f).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<Option<Result<T, Error>>> = (0..n).map(|_| None).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        if i >= n {
                            break done;
                        }
                        done.push((i, f(i)));
                    }
                })
            })
            .collect();
        for w in workers {
            match w.join() {
                Ok(done) => {
                    for (i, r) in done {
                        results[i] = Some(r);
                    }
                }
                // A panic in a worker is a bug in the generator: re-raise it as it was.
                Err(p) => std::panic::resume_unwind(p),
            }
        }
    });
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| unreachable!("every job index is taken exactly once")))
        .collect()
}

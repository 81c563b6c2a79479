//! Judging findings by the witness search: a witness found makes the findings it proves
//! `breaking`; a search that finds nothing (or cannot run) says so in a note, and an
//! exhaustive one lowers what only the way a schema is written changed. Form fields are
//! judged as text on the wire, like parameters.

use super::*;
use stipula_spec::{ParamLocation, ParamStyle, pointer};

/// Each form field's `encoding` (style and explode).
pub type Encodings = Vec<(String, Option<ParamStyle>, Option<bool>)>;

/// A form request body being compared: its fields travel as text.
pub struct Form {
    /// `walk` depth of the body's root node (its fields are one deeper).
    pub root_depth: usize,
    /// Multipart: a part holding an object travels as JSON, not as text.
    pub multipart: bool,
    /// The `encoding` of each side (style and explode per field).
    pub old_enc: Encodings,
    pub new_enc: Encodings,
    /// The field being compared (name, depth of its node), if any.
    pub field: Option<(String, usize)>,
}

impl<'a> Cx<'a> {
    /// When every finding of `idx` is of a kind no value can prove, the breaking ones say so
    /// and the search is not run (true).
    pub(super) fn all_unprovable(&mut self, sink: usize, idx: &[usize]) -> bool {
        if !idx
            .iter()
            .all(|i| unprovable(self.sinks[sink].findings[*i].id))
        {
            return false;
        }
        for i in idx {
            let f = &mut self.sinks[sink].findings[*i];
            if f.level == Level::Breaking {
                f.witness_note = Some(UNPROVABLE.into());
            }
        }
        true
    }

    /// Judge a form field's findings by a search on the wire (the field's text as the base
    /// writes it, read back by the revision). False when the field travels as JSON (an
    /// object in a multipart part): the ordinary search judges it.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn judge_form_field(
        &mut self,
        sink: usize,
        before: usize,
        name: &str,
        oc: &Conj,
        nc: &Conj,
        o: &Flat,
        n: &Flat,
    ) -> bool {
        let Some(form) = &self.form else {
            return false;
        };
        let is_object = |f: &Flat| {
            f.types
                .as_ref()
                .is_some_and(|t| t.contains(&stipula_spec::Type::Object))
        };
        if form.multipart && (is_object(o) || is_object(n)) {
            return false;
        }
        let side = |spec: &'a Spec, enc: &Encodings, c: &Conj| {
            let e = enc.iter().find(|(n, _, _)| n == name);
            let (style, explode) = if form.multipart {
                // multipart: one part per value, no style
                (ParamStyle::Form, true)
            } else {
                let style = e.and_then(|e| e.1).unwrap_or(ParamStyle::Form);
                let explode = e.and_then(|e| e.2).unwrap_or(style == ParamStyle::Form);
                (style, explode)
            };
            witness::WireSide {
                spec,
                schema: c.clone(),
                name: name.to_string(),
                location: ParamLocation::Query,
                style,
                explode,
                required: false,
            }
        };
        let (a, b) = (
            side(self.old, &form.old_enc, oc),
            side(self.new, &form.new_enc, nc),
        );
        let multipart = form.multipart;
        let idx = self.claim(sink, before, witness_applies);
        if idx.is_empty() || self.all_unprovable(sink, &idx) {
            return true;
        }
        let locs = (o.loc.cloned(), n.loc.cloned());
        match witness::search_wire(&mut self.lab, &a, &b, self.dir) {
            Outcome::NoneFound(note) | Outcome::Equivalent(note) => {
                self.lower_on_wire(sink, &idx, &note)
            }
            Outcome::Found(mut w) => {
                // the text of a body, not of a query string
                w.wire = w.wire.map(|t| {
                    let t = t.trim_start_matches('?');
                    if multipart {
                        t.split('&')
                            .map(|kv| kv.replacen('=', ": ", 1))
                            .map(|kv| format!("part {kv}"))
                            .collect::<Vec<_>>()
                            .join("; ")
                    } else {
                        t.to_string()
                    }
                });
                self.apply(sink, &idx, Outcome::Found(w), |_| true, locs)
            }
            Outcome::Skipped(note) => {
                // the style cannot carry the values as text: a JSON witness still proves a
                // change whose rejection is not about the JSON type (text has none)
                let json = match self.search(oc, nc) {
                    Outcome::Found(w) if w.error_paths.iter().all(|(_, k)| k != "type") => {
                        Outcome::Found(w)
                    }
                    _ => Outcome::Skipped(note),
                };
                self.apply(sink, &idx, json, |_| true, locs)
            }
        }
        true
    }

    /// A search on the wire found nothing: the type findings among `idx` are no change a
    /// client can notice (the text means the same on both sides); breaking findings say so.
    pub fn lower_on_wire(&mut self, sink: usize, idx: &[usize], note: &str) {
        // the text a client sends (or reads) means the same on both sides: a value's JSON
        // type is not what travels as text
        self.lower_types(
            sink,
            idx,
            note,
            " (no client can notice on the wire: the text of every value one side sends is read as a valid value by the other)",
        );
    }

    /// A search found nothing: breaking type findings among `idx` become info (`why` says
    /// why), and every breaking finding without a witness carries `note`.
    fn lower_types(&mut self, sink: usize, idx: &[usize], note: &str, why: &str) {
        for i in idx {
            let f = &mut self.sinks[sink].findings[*i];
            if f.level != Level::Breaking || f.witness.is_some() {
                continue;
            }
            if is_type_rule(f.id) {
                f.level = Level::Info;
                f.message.push_str(why);
            }
            f.witness_note = Some(note.to_string());
        }
    }

    /// Findings `before..` of `sink` that no deeper node judged and that `applies` accepts;
    /// they are judged now.
    pub fn claim(
        &mut self,
        sink: usize,
        before: usize,
        applies: impl Fn(&str) -> bool,
    ) -> Vec<usize> {
        let mut out = Vec::new();
        for i in before..self.sinks[sink].findings.len() {
            if self.claimed.insert((sink, i)) && applies(self.sinks[sink].findings[i].id) {
                out.push(i);
            }
        }
        out
    }

    /// The witness search for a schema pair in the current direction (memoized).
    pub fn search(&mut self, oc: &Conj, nc: &Conj) -> Outcome {
        let key = (oc.clone(), nc.clone(), self.dir);
        if let Some(o) = self.searches.get(&key) {
            return o.clone();
        }
        let out = witness::search_schema(&mut self.lab, self.old, self.new, oc, nc, self.dir);
        self.searches.insert(key, out.clone());
        out
    }

    /// Judge findings `idx` of `sink` by a search outcome. A witness the node owns makes
    /// its warnings and breaking findings `breaking` and proved; when every finding there
    /// was info (the rules saw only harmless changes), the witness gets a finding of its
    /// own. No witness: breaking findings say why (`witness: none found`).
    pub fn apply(
        &mut self,
        sink: usize,
        idx: &[usize],
        outcome: Outcome,
        owned: impl Fn(&[(String, String)]) -> bool,
        locs: (Option<Loc>, Option<Loc>),
    ) {
        match outcome {
            Outcome::Found(w) => {
                if !owned(&w.error_paths) {
                    return;
                }
                let mut rejected_by = w.rejected_by;
                if self.negations % 2 == 1 {
                    // found with the directions swapped (inside `not`)
                    rejected_by = match rejected_by {
                        RejectedBy::Base => RejectedBy::Revision,
                        RejectedBy::Revision => RejectedBy::Base,
                    };
                }
                let outside = self.dir_outside();
                let whole = match (&self.root, &self.sinks[self.cur].kind) {
                    (Some((ro, rn)), SinkKind::Operation(_))
                        if !self.path.is_empty() && w.wire.is_none() =>
                    {
                        witness::embed(
                            &mut self.lab,
                            self.old,
                            self.new,
                            ro,
                            rn,
                            outside,
                            &self.path,
                            &w.value,
                        )
                    }
                    _ => None,
                };
                let proof = match whole {
                    Some(v) => Witness {
                        value: v,
                        wire: None,
                        target: self.section.clone(),
                        rejected_by,
                        reason: format!("{} (at `{}`)", w.reason, self.path),
                    },
                    None => Witness {
                        value: w.value,
                        wire: w.wire,
                        target: self.target(),
                        rejected_by,
                        reason: w.reason,
                    },
                };
                // the findings about the keyword that rejected the value, when some are
                let stems: Vec<String> = w.error_paths.iter().map(|(_, k)| stem(k)).collect();
                let about = |id: &str| {
                    stems
                        .iter()
                        .any(|st| !st.is_empty() && id.contains(st.as_str()))
                };
                let targeted = idx.iter().any(|i| {
                    let f = &self.sinks[sink].findings[*i];
                    f.level >= Level::Warning && about(f.id)
                });
                let mut used = false;
                for i in idx {
                    let f = &mut self.sinks[sink].findings[*i];
                    if f.level >= Level::Warning && (!targeted || about(f.id)) {
                        f.level = Level::Breaking;
                        f.witness = Some(proof.clone());
                        f.witness_note = None;
                        used = true;
                    }
                }
                if !used {
                    self.emit_unnamed(proof, locs);
                }
            }
            Outcome::NoneFound(note) => {
                // Every candidate list holds a value of every JSON type each side names: a
                // type difference always yields a witness. None means the two sides admit
                // the same types, written differently (`type: [a, b]` against `oneOf` of
                // single types, say).
                self.lower_types(sink, idx, &note, SAME_TYPES);
            }
            Outcome::Equivalent(note) => {
                // An exhaustive search: both sides accept the same values. The findings about
                // how the types and unions are written are no change at all; the others
                // (a format, an encoding, an extension the validators do not see) keep their
                // level, as when nothing was found.
                for i in idx {
                    let f = &mut self.sinks[sink].findings[*i];
                    if f.witness.is_some() {
                        continue;
                    }
                    if is_type_rule(f.id) || is_union_rule(f.id) {
                        f.level = Level::Info;
                        f.message.push_str(if is_type_rule(f.id) {
                            SAME_TYPES
                        } else {
                            " (no value can tell: the same values are valid on both sides, only the way the schema is written changed)"
                        });
                        f.witness_note = Some(note.clone());
                    } else if f.level == Level::Breaking {
                        f.witness_note = Some(format!(
                            "{note}; what this rule names is not checked by a JSON Schema validator (a format, an encoding, an extension), so its level stands"
                        ));
                    }
                }
            }
            Outcome::Skipped(note) => {
                for i in idx {
                    let f = &mut self.sinks[sink].findings[*i];
                    if f.level == Level::Breaking && f.witness.is_none() {
                        // a removal searched beside other findings: why it has no witness
                        // is its kind, not why the search did not run
                        f.witness_note = Some(if unprovable(f.id) {
                            UNPROVABLE.into()
                        } else {
                            note.clone()
                        });
                    }
                }
            }
        }
    }

    /// The direction outside any `not` (the section's own).
    fn dir_outside(&self) -> Direction {
        if self.negations % 2 == 1 {
            self.dir.flip()
        } else {
            self.dir
        }
    }

    /// A change no rule names, proved by a witness.
    pub fn emit_unnamed(&mut self, proof: Witness, locs: (Option<Loc>, Option<Loc>)) {
        let (id, message) = match self.dir {
            Direction::Response => (
                "response-schema-widened",
                format!(
                    "the revision may send a value the base did not allow: {}",
                    proof.reason
                ),
            ),
            _ => (
                "request-schema-narrowed",
                format!(
                    "the revision rejects a value the base accepted: {}",
                    proof.reason
                ),
            ),
        };
        let detail = proof.value.to_string();
        self.emit(id, message, &detail, locs.0.as_ref(), locs.1.as_ref());
        let sink = self.cur;
        if let Some(f) = self.sinks[sink].findings.last_mut() {
            f.witness = Some(proof);
        }
        let i = self.sinks[sink].findings.len() - 1;
        self.claimed.insert((sink, i));
    }
}

/// Findings a value can prove: changes to what a schema accepts (not examples, defaults,
/// documentation, deprecation or annotations).
pub(crate) fn witness_applies(id: &str) -> bool {
    let family = rules::must(id).family;
    matches!(
        family,
        "properties"
            | "required_nullable"
            | "read_write_only"
            | "type_format"
            | "enum_const_default"
            | "constraints"
            | "composition"
    ) && !id.contains("default")
        && !id.contains("discriminator")
        && !id.contains("deprecated")
}

/// Why a finding [`unprovable`] has no witness.
const UNPROVABLE: &str = "no value can prove this kind of change: a member that may be absent is simply absent, and a member added to an object proves nothing by itself";

/// Changes no value can separate on their own: an optional member removed (absent is valid
/// on both sides), a member added (clients do not send undocumented members, and a base
/// that allowed any member allowed this one). Their findings rest on the rules (the
/// deprecation policy for removals); not searching them keeps big specs fast.
fn unprovable(id: &str) -> bool {
    matches!(
        id,
        "response-optional-property-removed"
            | "request-property-removed"
            | "response-property-added"
            | "request-property-added-optional"
    )
}

/// A JSON Schema keyword as it appears in rule ids: `minItems` → `min-items`,
/// `exclusiveMinimum` → `min`.
fn stem(kw: &str) -> String {
    match kw {
        "minimum" | "exclusiveMinimum" => return "-min-".into(),
        "maximum" | "exclusiveMaximum" => return "-max-".into(),
        _ => {}
    }
    let mut out = String::new();
    for c in kw.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// What a lowered type finding adds to its message.
const SAME_TYPES: &str =
    " (the same values are valid on both sides: only the way the types are written changed)";

/// Rules about the branches of a `oneOf`/`anyOf`: decided exactly by an exhaustive search.
pub(super) fn is_union_rule(id: &str) -> bool {
    id.contains("-of-branch-") || id.ends_with("union-kind-changed")
}

/// `type` rules: decided exactly by the witness search (see `apply`).
pub(crate) fn is_type_rule(id: &str) -> bool {
    ["type-changed", "type-narrowed", "type-widened"]
        .iter()
        .any(|t| id.ends_with(t))
}

/// Does a rejection at instance location `p` by keyword `kw` belong to this node (and not
/// to a member, item or union branch the walk compares on its own)?
pub(super) fn owns(p: &str, kw: &str, o: &Flat, n: &Flat) -> bool {
    // the shape of the applicators: where it is the same on both sides, the walk pairs
    // their subschemas and judges them there
    let unions = |f: &Flat| {
        f.unions
            .iter()
            .chain(f.single_unions.iter())
            .map(|u| (u.one_of, u.branches.len()))
            .collect::<Vec<_>>()
    };
    if matches!(kw, "anyOf" | "oneOf") && unions(o) == unions(n) {
        return false;
    }
    if kw == "not" && !o.not.is_empty() && !n.not.is_empty() {
        return false;
    }
    let Some(first) = pointer::tokens(p).and_then(|mut t| t.next()) else {
        return true;
    };
    let applicators = |f: &Flat| {
        [
            f.not.is_empty(),
            f.if_.is_empty(),
            f.dependent_schemas.is_empty(),
            f.pattern_properties.is_empty(),
            f.unevaluated_properties.is_empty(),
            f.unevaluated_items.is_empty(),
            f.property_names.is_empty(),
            f.prefix_items.is_empty(),
            f.contains.is_empty(),
        ]
    };
    if applicators(o) != applicators(n) || unions(o) != unions(n) {
        return true;
    }
    if pointer::array_index(&first).is_some() {
        return o.items.is_empty() || n.items.is_empty() || !o.prefix_items.is_empty();
    }
    !(o.properties.contains_key(&*first) && n.properties.contains_key(&*first))
}

#[cfg(test)]
mod tests {
    use super::{Flat, owns};

    /// The first token of an error's pointer is read as RFC 6901 says (stipula_spec's
    /// `pointer`): `~1` is `/`, and `+1` or `01` are property names, not array indices.
    #[test]
    fn owns_reads_the_first_token_as_a_pointer_token() {
        let flat = || {
            let mut f = Flat::default();
            for key in ["+1", "01", "a/b", "a~b"] {
                f.properties.insert(key, Vec::new());
            }
            f
        };
        let (o, n) = (flat(), flat());
        for p in ["/+1", "/01/x", "/a~1b", "/a~0b"] {
            assert!(!owns(p, "type", &o, &n), "{p}: a property both sides have");
        }
        for p in ["/0", "/c", "", "no-slash"] {
            assert!(owns(p, "type", &o, &n), "{p}");
        }
    }
}

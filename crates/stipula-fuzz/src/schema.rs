//! The fuzzer's view of schema validation: JSON Schema 2020-12 renderings and their
//! validators come from `stipula-schema` (one conversion shared by diff, fuzz and codegen);
//! this module only says which schemas a run validates against.

use std::collections::HashSet;
use stipula_schema::render::Validators;
use stipula_spec::{Operation, SchemaId};

/// Validators for a run over `ops`: every schema the run validates against (parameter,
/// request body, response body and response header schemas) shares one combined validator
/// per direction.
pub(crate) fn validators_for<'a>(ops: impl Iterator<Item = &'a Operation>) -> Validators {
    let mut req = HashSet::new();
    let mut resp = HashSet::new();
    for op in ops {
        for p in &op.parameters {
            req.extend(crate::plan::param_schema(p));
        }
        if let Some(rb) = &op.request_body {
            req.extend(rb.content.iter().filter_map(|m| m.schema));
        }
        for r in &op.responses {
            resp.extend(r.content.iter().filter_map(|m| m.schema));
            resp.extend(r.headers.iter().filter_map(|h| h.schema));
        }
    }
    let req: Vec<SchemaId> = req.into_iter().collect();
    let resp: Vec<SchemaId> = resp.into_iter().collect();
    Validators::for_roots(req, resp)
}

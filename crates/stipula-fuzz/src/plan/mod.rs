//! What to send for an operation, decided from the IR alone: edits that probe one
//! constraint each (boundary and negative cases), examples, and stateful chains (OpenAPI
//! links plus inferred create → read → update → delete → read sequences).

use crate::request::{RequestData, body_supported, effective_style, param_wire};
use serde_json::Value;
use stipula_schema::flat::{flatten, int_bounds};
use stipula_schema::json_number as num_value;
use stipula_schema::render::{Direction, Validators};
use stipula_schema::wire;
use stipula_spec::media::admits_json;
use stipula_spec::{Method, Operation, ParamLocation, Parameter, SchemaId, Spec, Type};

mod chains;
mod edits;
mod examples;

pub use chains::*;
pub use edits::*;
pub use examples::*;

/// The operations of shard `k` of `n` (1-based): deterministic and balanced. Operations that
/// share a stateful chain stay together; groups go, largest first, to the least loaded shard
/// (an operation weighs one plus its parameters and body, a rough cost of its cases).
pub fn shard(spec: &Spec, included: &[bool], k: usize, n: usize) -> Vec<bool> {
    let ops = &spec.operations;
    // Union-find over the chains' operations.
    let mut parent: Vec<usize> = (0..ops.len()).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    for c in chains(spec, included) {
        if let Some(first) = c.steps.first() {
            for s in &c.steps[1..] {
                let (a, b) = (root(&mut parent, first.op), root(&mut parent, s.op));
                if a != b {
                    parent[a.max(b)] = a.min(b);
                }
            }
        }
    }
    let mut groups: std::collections::BTreeMap<usize, (u64, Vec<usize>)> = Default::default();
    for (i, op) in ops.iter().enumerate() {
        if !included.get(i).copied().unwrap_or(false) {
            continue;
        }
        let w = 1 + op.parameters.len() as u64 + u64::from(op.request_body.is_some());
        let g = groups.entry(root(&mut parent, i)).or_default();
        g.0 += w;
        g.1.push(i);
    }
    let mut groups: Vec<(u64, Vec<usize>)> = groups.into_values().collect();
    groups.sort_by(|a, b| b.0.cmp(&a.0).then(a.1[0].cmp(&b.1[0])));
    let n = n.max(1);
    let mut load = vec![0u64; n];
    let mut out = vec![false; ops.len()];
    for (w, members) in groups {
        let s = (0..n).min_by_key(|s| (load[*s], *s)).unwrap_or(0);
        load[s] += w;
        if s + 1 == k {
            for m in members {
                out[m] = true;
            }
        }
    }
    out
}

//! Operations, webhooks, callbacks, path-version moves, operation ids, servers, components.

use super::Reg;
use crate::model::{Direction::None as NoDir, Level::*};

pub(crate) fn rules(r: &mut Reg) {
    r.rule("endpoint-added", Info, NoDir, "A new operation.")
        .rule(
            "endpoint-removed",
            Breaking,
            NoDir,
            "An operation that was not deprecated was removed: clients calling it fail.",
        )
        .rule("webhook-added", Info, NoDir, "A new webhook.")
        .rule(
            "webhook-removed",
            Breaking,
            NoDir,
            "A webhook was removed: subscribers stop receiving it.",
        )
        .rule(
            "callback-added",
            Info,
            NoDir,
            "A new callback on an operation.",
        )
        .rule(
            "callback-removed",
            Breaking,
            NoDir,
            "A callback was removed: clients waiting for it never get it.",
        )
        .rule(
            "path-version-changed",
            Breaking,
            NoDir,
            "The operations moved to a new major API line (`/v1/...` to `/v2/...`): a new major version; clients of the old line must migrate. The moved operations are compared with their old selves.",
        )
        .rule(
            "path-parameter-renamed",
            Info,
            NoDir,
            "A path parameter was renamed (`/pets/{id}` to `/pets/{petId}`): the URL is the same.",
        )
        .rule(
            "operation-id-changed",
            Warning,
            NoDir,
            "The operationId changed: generated clients rename the method.",
        )
        .rule(
            "operation-id-added",
            Info,
            NoDir,
            "An operationId was added.",
        )
        .rule(
            "operation-id-removed",
            Warning,
            NoDir,
            "The operationId was removed: generated clients rename the method.",
        )
        .rule(
            "operation-tags-changed",
            Info,
            NoDir,
            "The tags of an operation changed (generated clients may group it differently).",
        )
        .rule(
            "server-removed",
            Warning,
            NoDir,
            "A server URL was removed: clients configured with it may stop working.",
        )
        .rule("server-added", Info, NoDir, "A server URL was added.")
        .rule(
            "operation-server-removed",
            Warning,
            NoDir,
            "A server URL the operation was served from (its own `servers`, else its path's, else the root's) is gone for this operation: clients configured with it may stop working.",
        )
        .rule(
            "operation-server-added",
            Info,
            NoDir,
            "The operation can be reached on a new server URL.",
        )
        .rule(
            "server-variable-enum-value-removed",
            Warning,
            NoDir,
            "A server variable no longer offers a value: clients that substitute it reach a host the API no longer documents.",
        )
        .rule(
            "server-variable-default-changed",
            Warning,
            NoDir,
            "A server variable's default changed: clients that rely on the default now talk to another host.",
        )
        .rule(
            "schema-component-added",
            Info,
            NoDir,
            "A schema was added to components.",
        )
        .rule(
            "schema-component-removed",
            Info,
            NoDir,
            "A schema was removed from components (no operation uses it any more, or changes through it are reported where it was used).",
        );
}

//! Every field of the IR, classified: compared by the diff, or not compared and why.
//!
//! The functions below destructure each IR type *without* `..`, so the crate's tests stop
//! compiling when `stipula-spec` adds a field: whoever adds it must decide here whether
//! the diff compares it. The README's "What is compared" section is the prose version.
//! Legend: `cmp` = compared (rule family in brackets), `docs` = documentation only, no
//! client can notice; `prov` = provenance (where a value came from); `derived` = another
//! field carries the same information; `vendor` = `x-` extensions, meaning unknown.
#![allow(dead_code, unused_variables)]

use stipula_spec::*;

fn spec(s: &Spec) {
    let Spec {
        openapi,             // derived: both sides are normalized to one dialect first
        info,                // see `info`
        json_schema_dialect, // cmp [composition] json-schema-dialect-changed
        servers,             // cmp [paths] server-*, path-version-changed
        operations,          // cmp [paths] + everything below
        webhooks,            // cmp [paths] webhook-*, operations with directions flipped
        paths,               // see `path_info`
        security,            // derived: Operation::security holds the effective list
        security_schemes,    // cmp [security]
        tags,                // docs (operation tags are compared)
        external_docs,       // docs
        schemas,             // cmp through every use (schema walk)
        schema_names,        // cmp [paths] schema-component-added/removed
        components,          // see `components`
        extensions,          // vendor
        files,               // prov
    } = s;
}

fn info(i: &Info) {
    let Info {
        title,            // docs
        version,          // cmp [versioning]
        summary,          // docs
        description,      // docs
        terms_of_service, // docs
        contact,          // docs
        license,          // docs (a legal matter, not a wire one)
        extensions,       // vendor
        loc,              // prov (findings point at it)
    } = i;
}

fn server(s: &Server, v: &ServerVariable) {
    let Server {
        url,         // cmp [paths] server-added/removed, operation-server-*
        description, // docs
        variables,   // cmp, see below
        loc,         // prov
    } = s;
    let ServerVariable {
        default,     // cmp [paths] server-variable-default-changed
        enum_,       // cmp [paths] server-variable-enum-value-removed
        description, // docs
    } = v;
}

fn tag(t: &Tag, d: &ExternalDocs) {
    // Tags: docs. Operation::tags (the names an operation carries) is compared.
    let Tag {
        name,
        summary,
        description,
        parent,
        kind,
        external_docs,
        extensions,
        loc,
    } = t;
    let ExternalDocs { url, description } = d; // docs
}

fn path_info(p: &PathInfo) {
    let PathInfo {
        summary,     // docs
        description, // docs
        servers,     // derived: folded into Operation::servers (compared there)
        component,   // prov
        extensions,  // vendor
        loc,         // prov
    } = p;
}

fn operation(o: &Operation) {
    let Operation {
        method,              // cmp: operations are matched by method + path shape
        path,                // cmp: matching; [paths] path-parameter-renamed, path-version-changed
        operation_id,        // cmp [paths] operation-id-*
        summary,             // docs
        description,         // docs
        tags,                // cmp [paths] operation-tags-changed
        deprecated,          // cmp [deprecation] endpoint-deprecated/reactivated, removal policy
        parameters,          // cmp [parameters]
        request_body,        // cmp [request_body]
        responses,           // cmp [responses]
        security,            // cmp [security]
        security_overridden, // derived: `security` is already the effective list
        callbacks,           // cmp [paths] callback-*, callback operations flipped
        servers,             // cmp [paths] operation-server-*
        external_docs,       // docs
        extensions,          // cmp: x-sunset, x-stability-level [deprecation]; others vendor
        loc,                 // prov
    } = o;
}

fn parameter(p: &Parameter) {
    let Parameter {
        name,              // cmp: matching (path parameters by position: a rename is no change)
        location,          // cmp: matching; [parameters] request-parameter-moved
        required,          // cmp [parameters]
        deprecated,        // cmp [deprecation]
        description,       // docs
        style,             // cmp [parameters] request-parameter-style-changed
        explode,           // cmp [parameters] request-parameter-explode-changed
        allow_reserved,    // cmp when removed; added only relaxes what the server accepts
        allow_empty_value, // cmp when removed; added only relaxes what the server accepts
        schema,            // cmp (schema walk, request direction)
        content,           // cmp: media type [parameters] + schema walk + examples
        examples,          // cmp [examples]
        component,         // prov: moving a parameter into components is no change
        extensions,        // cmp: x-sunset; others vendor
        loc,               // prov
    } = p;
}

fn example(e: &Example) {
    let Example {
        name,           // cmp: matching [examples]
        summary,        // docs
        description,    // docs
        value,          // cmp [examples] example-changed
        external_value, // cmp [examples] example-changed
        component,      // cmp: one finding per example component
    } = e;
}

fn request_body(b: &RequestBody) {
    let RequestBody {
        description, // docs
        required,    // cmp [request_body]
        content,     // cmp [request_body] media types, schema walk, encoding, examples
        component,   // prov
        extensions,  // vendor
        loc,         // prov
    } = b;
}

fn media_type(m: &MediaType, e: &Encoding) {
    let MediaType {
        media_type,  // cmp: matching (normalized, ranges cover), *-media-type-added/removed
        schema,      // cmp (schema walk)
        item_schema, // cmp (schema walk, when there is no `schema`)
        examples,    // cmp [examples]
        encoding,    // cmp [request_body] request-encoding-changed
        extensions,  // vendor
        loc,         // prov
    } = m;
    let Encoding {
        content_type,   // cmp request-encoding-changed
        headers,        // cmp request-encoding-changed (a part header became required)
        style,          // cmp request-encoding-changed
        explode,        // cmp request-encoding-changed
        allow_reserved, // cmp request-encoding-changed (when removed)
    } = e;
}

fn response(r: &Response, h: &Header, l: &Link, c: &Callback) {
    let Response {
        status,      // cmp: matching (ranges cover codes); [responses] *-status-added/removed
        description, // docs
        headers,     // cmp [headers]
        content,     // cmp [responses] media types, schema walk, examples
        links,       // cmp [links]
        component,   // prov
        extensions,  // vendor
        loc,         // prov
    } = r;
    let Header {
        name,        // cmp: matching (case-insensitive)
        description, // docs
        required,    // cmp [headers]
        deprecated,  // cmp [headers] response-header-deprecated
        style,       // derived: always `simple` for headers
        explode,     // cmp [headers] response-header-serialization-changed
        schema,      // cmp (schema walk, response direction)
        content,     // cmp: media type [headers] + schema walk
        examples,    // cmp [examples]
        component,   // prov
        extensions,  // vendor
        loc,         // prov
    } = h;
    let Link {
        name,          // cmp: matching [links]
        operation_ref, // cmp [links] response-link-changed
        operation_id,  // cmp [links] response-link-changed
        parameters,    // cmp [links] response-link-changed
        request_body,  // cmp [links] response-link-changed
        description,   // docs
        server,        // cmp [links] response-link-changed
        component,     // prov
        loc,           // prov
    } = l;
    let Callback {
        name,       // cmp: matching [paths] callback-*
        operations, // cmp: as operations, directions flipped
        component,  // prov
        loc,        // prov
    } = c;
}

fn security(r: &SecurityRequirement, s: &SecurityScheme) {
    let SecurityRequirement(map) = r; // cmp [security]
    let SecurityScheme {
        kind,        // cmp [security] security-scheme-changed, -url-changed, -scope-removed
        description, // docs
        deprecated,  // cmp [security] security-scheme-deprecated
        extensions,  // vendor
        loc,         // prov
    } = s;
    if let SecuritySchemeKind::Http {
        scheme,        // cmp
        bearer_format, // docs: a hint ("JWT"), the token is opaque to the client
    } = kind
    {}
    if let SecuritySchemeKind::Other {
        type_, // cmp
        raw,   // vendor: a scheme type the IR does not know
    } = kind
    {}
}

fn components(c: &Components) {
    // Operations hold resolved copies of every component they use, so each is compared
    // where it is used; a component nobody uses cannot reach a client. Only schema
    // components are reported by name when added or removed.
    let Components {
        parameters,
        responses,
        request_bodies,
        headers,
        examples,
        links,
        callbacks,
        path_items,
    } = c;
}

fn schema(s: &Schema, d: &Discriminator) {
    let Schema {
        name, // cmp: branch pairing, one finding per named component
        kind, // cmp: boolean schemas are `never`/anything in the walk
        loc,  // prov
    } = s;
    let Discriminator {
        property_name,   // cmp [composition]
        mapping,         // cmp [composition]
        default_mapping, // cmp [composition] discriminator-mapping-* (key `defaultMapping`)
    } = d;
}

fn schema_object(o: &SchemaObject) {
    let SchemaObject {
        ref_,                  // cmp: merged like allOf
        types,                 // cmp [type_format], [required_nullable]
        enum_,                 // cmp [enum_const_default]
        format,                // cmp [type_format]
        title,                 // docs; used to pair oneOf/anyOf branches
        description,           // docs
        examples,              // cmp [examples]
        deprecated,            // cmp [deprecation]
        read_only,             // cmp [read_write_only]
        write_only,            // cmp [read_write_only]
        minimum,               // cmp [constraints]
        maximum,               // cmp [constraints]
        min_length,            // cmp [constraints]
        max_length,            // cmp [constraints]
        pattern,               // cmp [constraints]
        items,                 // cmp (schema walk)
        min_items,             // cmp [constraints]
        max_items,             // cmp [constraints]
        unique_items,          // cmp [constraints]
        properties,            // cmp [properties]
        additional_properties, // cmp [properties]
        required,              // cmp [properties], [required_nullable]
        all_of,                // cmp: merged before comparing
        any_of,                // cmp [composition]
        one_of,                // cmp [composition]
        extra: _,              // the keywords below, reached through Deref
    } = o;
    let SchemaExtra {
        dynamic_ref, // not compared: resolved at validation time against a
        // dynamic scope the diff does not model; reported nowhere (rare in APIs)
        const_,                 // cmp [enum_const_default]
        default,                // cmp [enum_const_default]
        multiple_of,            // cmp [constraints]
        exclusive_minimum,      // cmp [constraints]
        exclusive_maximum,      // cmp [constraints]
        content_media_type,     // cmp [type_format]
        content_encoding,       // cmp [type_format]
        content_schema,         // cmp (schema walk)
        prefix_items,           // cmp [composition]
        contains,               // cmp [composition]
        min_contains,           // cmp [constraints]
        max_contains,           // cmp [constraints]
        unevaluated_items,      // cmp [composition]
        pattern_properties,     // cmp [properties]
        unevaluated_properties, // cmp [properties] (false closes), [composition] (a schema)
        property_names,         // cmp [composition]
        min_properties,         // cmp [constraints]
        max_properties,         // cmp [constraints]
        dependent_required,     // cmp [properties]
        dependent_schemas,      // cmp [composition]
        not,                    // cmp [composition]
        if_,                    // cmp [composition]
        then_,                  // cmp [composition]
        else_,                  // cmp [composition]
        id,                     // prov: identifies the schema for $ref, no meaning of its own
        anchor,                 // prov
        dynamic_anchor,         // prov
        schema_dialect,         // not compared per schema; the spec-wide dialect is
        defs,                   // prov: definitions only matter where referenced (walked there)
        discriminator,          // cmp [composition]
        xml,                    // not compared: XML bodies are out of scope of the walk
        // (JSON-shaped comparison); an XML name change only affects XML clients
        external_docs, // docs
        extensions,    // cmp: x-sunset, x-stability-level, x-extensible-enum; others vendor
        unknown,       // not compared: keywords the IR does not model (the loader
                       // warns about them), so their meaning is unknown
    } = &**o;
}

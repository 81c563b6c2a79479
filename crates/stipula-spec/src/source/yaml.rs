//! The YAML reader: saphyr-parser events into a JSON value and its position index, with
//! anchors and aliases (alias bombs refused), and a libyaml-compatible re-read of
//! under-indented flow lines.

use super::*;

pub(super) const YAML_SYNTAX: &str = "yaml-syntax";

/// Parse a YAML document (exactly one per stream; a leading UTF-8 BOM is skipped).
pub fn parse_yaml(text: &str, limits: &Limits) -> Result<Parsed, SyntaxError> {
    let first = parse_yaml_strict(text, limits);
    match &first {
        Err(e) if e.message == UNDER_INDENTED => {}
        _ => return first,
    }
    // A line inside a multi-line flow collection (`example: {` ... `}`) indented less than
    // its block: YAML 1.2 forbids it, libyaml (and so most 2.0-era tools) accepts it, and
    // real specs have it (the Docker Engine API). Such a line is re-read indented like the
    // line before it; line numbers do not change. Up to 256 such lines.
    let mut fixed = text.to_string();
    let mut err = first;
    for _ in 0..256 {
        let Err(e) = &err else {
            return err;
        };
        if e.message != UNDER_INDENTED || e.line < 2 {
            return err;
        }
        let lines: Vec<&str> = fixed.split('\n').collect();
        let idx = e.line as usize - 1;
        let Some(line) = lines.get(idx) else {
            return err;
        };
        let indent = |l: &str| l.len() - l.trim_start_matches(' ').len();
        let prev = lines[..idx]
            .iter()
            .rev()
            .find(|l| !l.trim().is_empty())
            .map_or(0, |l| indent(l));
        let own = indent(line);
        if prev <= own {
            return err;
        }
        let mut out = String::with_capacity(fixed.len() + prev - own);
        for (i, l) in lines.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            if i == idx {
                out.push_str(&" ".repeat(prev - own));
            }
            out.push_str(l);
        }
        fixed = out;
        err = parse_yaml_strict(&fixed, limits);
    }
    err
}

/// saphyr-parser's message for a line of a flow collection indented less than its block.
pub(super) const UNDER_INDENTED: &str = "invalid indentation";

pub(super) fn parse_yaml_strict(text: &str, limits: &Limits) -> Result<Parsed, SyntaxError> {
    let (body, _) = strip_bom(text);
    // saphyr-parser is non-recursive and its known limits report errors, but it is a
    // dependency: a panic inside it must not take the caller down with it.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        YamlBuilder::new(limits).run(body)
    }))
    .unwrap_or_else(|_| {
        Err(SyntaxError {
            code: YAML_SYNTAX,
            message: "the YAML parser failed on this input (internal error in saphyr-parser)"
                .to_owned(),
            line: 1,
            col: 1,
        })
    })
}

/// Where an anchored container ended up: slot `slot` of the container `parent`.
#[derive(Clone, Debug)]
pub(super) enum Slot {
    Index(usize),
    Key(String),
}

/// A frame that contains (transitively) an anchored node: its parent frame and its slot.
pub(super) struct FrameRec {
    parent: u32,
    slot: Slot,
    depth: usize,
}

pub(super) enum AnchorKind {
    /// A scalar: its resolved value and its text (for use as a key).
    Scalar { value: Value, raw: String },
    /// A container, found again through the frame records: slot `slot` of frame `parent`.
    Node {
        parent: Option<u32>,
        slot: Slot,
        idx: u32,
    },
}

pub(super) struct Anchor {
    kind: AnchorKind,
    /// Nodes in the anchored subtree (what an expansion adds).
    count: u32,
    /// Container nesting height of the subtree (0 for a scalar).
    height: u32,
}

pub(super) enum YKind {
    Seq(Vec<Value>),
    Map {
        map: Map<String, Value>,
        /// The key whose value comes next (None: the next node is a key).
        key: Option<(String, u32, u32)>,
    },
}

pub(super) struct YFrame {
    uid: u32,
    node: u32,
    anchor: usize,
    /// Largest container height among the children so far.
    height: u32,
    kind: YKind,
}

impl YFrame {
    /// The slot the next child will occupy.
    fn next_slot(&self) -> Slot {
        match &self.kind {
            YKind::Seq(items) => Slot::Index(items.len()),
            YKind::Map { key, .. } => {
                Slot::Key(key.as_ref().map(|k| k.0.clone()).unwrap_or_default())
            }
        }
    }

    fn expects_key(&self) -> bool {
        matches!(self.kind, YKind::Map { key: None, .. })
    }
}

pub(super) struct YamlBuilder<'l> {
    limits: &'l Limits,
    entries: Vec<Entry>,
    stack: Vec<YFrame>,
    anchors: HashMap<usize, Anchor>,
    frames: HashMap<u32, FrameRec>,
    next_uid: u32,
    alias_nodes: u64,
    root: Option<Value>,
}

pub(super) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

pub(super) fn yerr(code: &'static str, line: u32, col: u32, message: String) -> SyntaxError {
    SyntaxError {
        code,
        message,
        line,
        col,
    }
}

impl<'l> YamlBuilder<'l> {
    fn new(limits: &'l Limits) -> Self {
        YamlBuilder {
            limits,
            entries: Vec::new(),
            stack: Vec::new(),
            anchors: HashMap::new(),
            frames: HashMap::new(),
            next_uid: 0,
            alias_nodes: 0,
            root: None,
        }
    }

    fn run(mut self, body: &str) -> Result<Parsed, SyntaxError> {
        let mut parser = Parser::new_from_str(body);
        let mut documents = 0u32;
        while let Some(next) = parser.next_event() {
            let (event, span) = next.map_err(|e| {
                let m = e.marker();
                let (line, col) = (to_u32(m.line()), to_u32(m.col() + 1));
                if e.info() == "recursion limit exceeded" {
                    yerr(
                        "nesting-too-deep",
                        line,
                        col,
                        "YAML flow collections nested deeper than 255 levels".to_owned(),
                    )
                } else {
                    yerr(YAML_SYNTAX, line, col, e.info().to_owned())
                }
            })?;
            let line = to_u32(span.start.line());
            let col = to_u32(span.start.col() + 1);
            match event {
                Event::StreamEnd => break,
                Event::StreamStart | Event::Nothing | Event::DocumentEnd => {}
                Event::DocumentStart(_) => {
                    if documents > 0 {
                        return Err(yerr(
                            "yaml-multiple-documents",
                            line,
                            col,
                            format!(
                                "a spec file must hold one YAML document; found a second at line {line}"
                            ),
                        ));
                    }
                    documents += 1;
                }
                Event::Scalar(text, style, anchor, tag) => {
                    self.scalar(text.as_ref(), style, anchor, tag.as_deref(), line, col)?;
                }
                Event::SequenceStart(anchor, _) => {
                    self.open(YKind::Seq(Vec::new()), anchor, "sequence", line, col)?;
                }
                Event::MappingStart(anchor, _) => {
                    let kind = YKind::Map {
                        map: Map::new(),
                        key: None,
                    };
                    self.open(kind, anchor, "mapping", line, col)?;
                }
                Event::SequenceEnd | Event::MappingEnd => self.close(line, col)?,
                Event::Alias(id) => self.alias(id, line, col)?,
            }
        }
        match self.root {
            Some(value) => Ok(Parsed {
                value,
                pos: PosIndex::new(self.entries, ColKind::Chars),
            }),
            None => Err(yerr("empty-document", 1, 1, "empty document".to_owned())),
        }
    }

    /// The position to record for the next value node: its key's, inside a mapping.
    fn node_pos(&self, line: u32, col: u32) -> (u32, u32) {
        match self.stack.last() {
            Some(YFrame {
                kind:
                    YKind::Map {
                        key: Some((_, kl, kc)),
                        ..
                    },
                ..
            }) => (*kl, *kc),
            _ => (line, col),
        }
    }

    fn push_entry(&mut self, line: u32, col: u32) -> Result<u32, SyntaxError> {
        let idx = u32::try_from(self.entries.len())
            .ok()
            .filter(|&i| i < u32::MAX - 1)
            .ok_or_else(|| {
                yerr(
                    YAML_SYNTAX,
                    line,
                    col,
                    "document too large (too many nodes)".to_owned(),
                )
            })?;
        self.entries.push(Entry {
            line,
            col,
            end: idx + 1,
        });
        Ok(idx)
    }

    fn expects_key(&self) -> bool {
        self.stack.last().is_some_and(YFrame::expects_key)
    }

    fn set_key(&mut self, key: String, line: u32, col: u32) {
        if let Some(YFrame {
            kind: YKind::Map { key: slot, .. },
            ..
        }) = self.stack.last_mut()
        {
            *slot = Some((key, line, col));
        }
    }

    fn scalar(
        &mut self,
        text: &str,
        style: ScalarStyle,
        anchor: usize,
        tag: Option<&Tag>,
        line: u32,
        col: u32,
    ) -> Result<(), SyntaxError> {
        if self.expects_key() {
            if anchor > 0 {
                let value = resolve_scalar(text, style, None, line, col)?;
                self.anchors.insert(
                    anchor,
                    Anchor {
                        kind: AnchorKind::Scalar {
                            value,
                            raw: text.to_owned(),
                        },
                        count: 1,
                        height: 0,
                    },
                );
            }
            self.set_key(text.to_owned(), line, col);
            return Ok(());
        }
        if self.stack.is_empty()
            && text.is_empty()
            && style == ScalarStyle::Plain
            && tag.is_none()
            && anchor == 0
        {
            return Err(yerr(
                "empty-document",
                line,
                col,
                "empty document".to_owned(),
            ));
        }
        let value = resolve_scalar(text, style, tag, line, col)?;
        let (pl, pc) = self.node_pos(line, col);
        self.push_entry(pl, pc)?;
        if anchor > 0 {
            self.anchors.insert(
                anchor,
                Anchor {
                    kind: AnchorKind::Scalar {
                        value: value.clone(),
                        raw: text.to_owned(),
                    },
                    count: 1,
                    height: 0,
                },
            );
        }
        self.attach(value, 0)
    }

    fn open(
        &mut self,
        kind: YKind,
        anchor: usize,
        what: &str,
        line: u32,
        col: u32,
    ) -> Result<(), SyntaxError> {
        if self.expects_key() {
            return Err(yerr(
                YAML_SYNTAX,
                line,
                col,
                format!("a mapping key must be a scalar, found a {what}"),
            ));
        }
        if self.stack.len() >= self.limits.max_depth {
            return Err(yerr(
                "nesting-too-deep",
                line,
                col,
                format!(
                    "sequences/mappings nested deeper than {} levels",
                    self.limits.max_depth
                ),
            ));
        }
        let (pl, pc) = self.node_pos(line, col);
        let node = self.push_entry(pl, pc)?;
        let uid = self.next_uid;
        self.next_uid = self.next_uid.wrapping_add(1);
        self.stack.push(YFrame {
            uid,
            node,
            anchor,
            height: 0,
            kind,
        });
        Ok(())
    }

    fn close(&mut self, line: u32, col: u32) -> Result<(), SyntaxError> {
        let Some(frame) = self.stack.pop() else {
            return Err(yerr(
                YAML_SYNTAX,
                line,
                col,
                "unexpected end of a collection".to_owned(),
            ));
        };
        let end = to_u32(self.entries.len());
        if let Some(e) = self.entries.get_mut(frame.node as usize) {
            e.end = end;
        }
        let height = frame.height.saturating_add(1);
        if frame.anchor > 0 {
            self.record_container_anchor(frame.anchor, frame.node, end, height);
        }
        let value = match frame.kind {
            YKind::Seq(items) => Value::Array(items),
            YKind::Map { map, .. } => Value::Object(map),
        };
        self.attach(value, height)
    }

    /// Record an anchor on the container that just closed (already popped), and make sure
    /// every open frame above it can be found again by uid.
    fn record_container_anchor(&mut self, anchor: usize, node: u32, end: u32, height: u32) {
        let (parent, slot) = match self.stack.last() {
            Some(p) => (Some(p.uid), p.next_slot()),
            None => (None, Slot::Index(0)),
        };
        for d in (0..self.stack.len()).rev() {
            let uid = self.stack[d].uid;
            if self.frames.contains_key(&uid) {
                break;
            }
            let (parent, slot) = match d.checked_sub(1).and_then(|p| self.stack.get(p)) {
                Some(p) => (p.uid, p.next_slot()),
                None => (u32::MAX, Slot::Index(0)),
            };
            self.frames.insert(
                uid,
                FrameRec {
                    parent,
                    slot,
                    depth: d,
                },
            );
        }
        self.anchors.insert(
            anchor,
            Anchor {
                kind: AnchorKind::Node {
                    parent,
                    slot,
                    idx: node,
                },
                count: end.saturating_sub(node),
                height,
            },
        );
    }

    /// Find an anchored container again: walk up the frame records to an open frame, then
    /// down through the finished values.
    fn find_anchored(&self, parent: u32, slot: &Slot) -> Option<&Value> {
        let mut path: Vec<&Slot> = vec![slot];
        let mut cur = parent;
        loop {
            let rec = self.frames.get(&cur)?;
            if let Some(frame) = self.stack.get(rec.depth).filter(|f| f.uid == cur) {
                let mut v = match (&frame.kind, path.pop()?) {
                    (YKind::Seq(items), Slot::Index(i)) => items.get(*i)?,
                    (YKind::Map { map, .. }, Slot::Key(k)) => map.get(k)?,
                    _ => return None,
                };
                while let Some(s) = path.pop() {
                    v = match (v, s) {
                        (Value::Array(items), Slot::Index(i)) => items.get(*i)?,
                        (Value::Object(map), Slot::Key(k)) => map.get(k)?,
                        _ => return None,
                    };
                }
                return Some(v);
            }
            // Each step goes one level up (records form a tree); this only guards the loop.
            if path.len() > self.limits.max_depth.saturating_add(2) {
                return None;
            }
            path.push(&rec.slot);
            cur = rec.parent;
        }
    }

    fn alias(&mut self, id: usize, line: u32, col: u32) -> Result<(), SyntaxError> {
        let Some(anchor) = self.anchors.get(&id) else {
            return Err(yerr(
                YAML_SYNTAX,
                line,
                col,
                "alias refers to a node that is not complete yet (a recursive alias)".to_owned(),
            ));
        };
        if self.expects_key() {
            let AnchorKind::Scalar { raw, .. } = &anchor.kind else {
                return Err(yerr(
                    YAML_SYNTAX,
                    line,
                    col,
                    "a mapping key must be a scalar, found an alias of a collection".to_owned(),
                ));
            };
            let key = raw.clone();
            self.set_key(key, line, col);
            return Ok(());
        }
        let (count, height) = (anchor.count, anchor.height);
        self.alias_nodes += u64::from(count);
        if self.alias_nodes > self.limits.max_alias_nodes as u64 {
            return Err(yerr(
                "yaml-alias-bomb",
                line,
                col,
                format!(
                    "YAML aliases expand to more than {} nodes (at line {line}): refusing a possible alias bomb",
                    self.limits.max_alias_nodes
                ),
            ));
        }
        if self.stack.len() + height as usize > self.limits.max_depth {
            return Err(yerr(
                "nesting-too-deep",
                line,
                col,
                format!(
                    "sequences/mappings nested deeper than {} levels (through an alias)",
                    self.limits.max_depth
                ),
            ));
        }
        let lost = || {
            yerr(
                YAML_SYNTAX,
                line,
                col,
                "internal error: the anchored node of this alias was not found".to_owned(),
            )
        };
        let (value, src) = match &anchor.kind {
            AnchorKind::Scalar { value, .. } => (value.clone(), None),
            AnchorKind::Node { parent, slot, idx } => {
                let parent = parent.ok_or_else(lost)?;
                let v = self.find_anchored(parent, slot).ok_or_else(lost)?;
                (v.clone(), Some(*idx))
            }
        };
        let (pl, pc) = self.node_pos(line, col);
        let base = self.entries.len();
        let total = base + count as usize;
        if total >= u32::MAX as usize {
            return Err(yerr(
                YAML_SYNTAX,
                line,
                col,
                "document too large (too many nodes)".to_owned(),
            ));
        }
        match src {
            None => {
                self.push_entry(pl, pc)?;
            }
            Some(idx) => {
                let from = idx as usize;
                let to = from + count as usize;
                if to > base {
                    return Err(lost());
                }
                self.entries.extend_from_within(from..to);
                let shift = base as u32;
                for (k, e) in self.entries[base..].iter_mut().enumerate() {
                    e.end = e.end - idx + shift;
                    if k == 0 {
                        (e.line, e.col) = (pl, pc);
                    } else {
                        (e.line, e.col) = (line, col);
                    }
                }
            }
        }
        self.attach(value, height)
    }

    /// Attach a finished node to the open container (or make it the root).
    fn attach(&mut self, value: Value, height: u32) -> Result<(), SyntaxError> {
        let Some(top) = self.stack.last_mut() else {
            if self.root.is_some() {
                return Err(yerr(
                    YAML_SYNTAX,
                    1,
                    1,
                    "internal error: two roots".to_owned(),
                ));
            }
            self.root = Some(value);
            return Ok(());
        };
        top.height = top.height.max(height);
        match &mut top.kind {
            YKind::Seq(items) => items.push(value),
            YKind::Map { map, key } => {
                let Some((k, kl, kc)) = key.take() else {
                    return Err(yerr(
                        YAML_SYNTAX,
                        1,
                        1,
                        "internal error: mapping value without a key".to_owned(),
                    ));
                };
                match map.entry(k) {
                    MapEntry::Vacant(e) => {
                        e.insert(value);
                    }
                    MapEntry::Occupied(e) => {
                        let k = e.key().clone();
                        let first = first_member_line(&self.entries, map, top.node, &k);
                        return Err(yerr("duplicate-key", kl, kc, duplicate_message(&k, first)));
                    }
                }
            }
        }
        Ok(())
    }
}

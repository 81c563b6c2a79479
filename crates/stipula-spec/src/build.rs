//! Building the IR from parsed documents. (being written)
use crate::{DocSet, LoadError, LoadOptions, Loaded};

pub(crate) fn build(_docs: DocSet, _opts: &LoadOptions) -> Result<Loaded, LoadError> {
    Err(LoadError {
        diagnostics: vec![],
    })
}

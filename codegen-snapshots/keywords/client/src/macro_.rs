//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::macro`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MacroParams {
    pub macro2: ::std::option::Option<::std::string::String>,
    pub macro3: ::std::option::Option<::std::string::String>,
    pub macro4: ::std::option::Option<::std::string::String>,
}
impl MacroParams {
    /// Sets `macro2`.
    #[must_use]
    pub fn macro2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.macro2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `macro3`.
    #[must_use]
    pub fn macro3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.macro3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `macro4`.
    #[must_use]
    pub fn macro4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.macro4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::macro`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MacroOkHeaders {
    pub r#macro: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::macro`].
#[derive(Debug, Clone, PartialEq)]
pub enum MacroResponse {
    /// ok
    Ok { body: super::types::Everything, headers: MacroOkHeaders },
}
/// Documented error responses of [`super::Client::macro`].
#[derive(Debug, Clone, PartialEq)]
pub enum MacroError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::macro_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum MacroPostError {}
impl super::Client {
    /// */ operation macro "#
    ///
    /// `GET /op43/{macro}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#macro(
        &self,
        r#macro: &str,
        params: &MacroParams,
    ) -> ::std::result::Result<MacroResponse, super::Error<MacroError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op43/");
        url.push_str(
            &super::runtime::path_param(
                "macro",
                &super::runtime::to_value("macro", &r#macro)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.macro2 {
            let v = super::runtime::to_value("macro", v)?;
            super::runtime::push_param(&mut query, "macro", &v, "form", true);
        }
        if let Some(v) = &params.macro3 {
            let v = super::runtime::to_value("macro", v)?;
            headers.push(("macro", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.macro4 {
            let v = super::runtime::to_value("macro", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "macro", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[43usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("macro", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "macro", method = "GET", path =
            "/op43/{macro}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("macro", status, &response_headers);
        match status {
            200 => {
                let headers = MacroOkHeaders {
                    r#macro: super::runtime::optional_header(
                        &response_headers,
                        "macro",
                        status,
                    )?,
                };
                Ok(MacroResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        MacroError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(MacroError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            MacroError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op43/{macro}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn macro_post(
        &self,
        r#macro: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<MacroPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op43/");
        url.push_str(
            &super::runtime::path_param(
                "macro",
                &super::runtime::to_value("macro", &r#macro)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("macro_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "macro_post", method = "POST", path =
            "/op43/{macro}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("macro_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        MacroPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}

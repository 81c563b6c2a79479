//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::macro_rules`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MacroRulesParams {
    pub macro_rules2: ::std::option::Option<::std::string::String>,
    pub macro_rules3: ::std::option::Option<::std::string::String>,
    pub macro_rules4: ::std::option::Option<::std::string::String>,
}
impl MacroRulesParams {
    /// Sets `macro_rules2`.
    #[must_use]
    pub fn macro_rules2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.macro_rules2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `macro_rules3`.
    #[must_use]
    pub fn macro_rules3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.macro_rules3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `macro_rules4`.
    #[must_use]
    pub fn macro_rules4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.macro_rules4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::macro_rules`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MacroRulesOkHeaders {
    pub r#macro_rules: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::macro_rules`].
#[derive(Debug, Clone, PartialEq)]
pub enum MacroRulesResponse {
    /// ok
    Ok { body: super::types::Everything, headers: MacroRulesOkHeaders },
}
/// Documented error responses of [`super::Client::macro_rules`].
#[derive(Debug, Clone, PartialEq)]
pub enum MacroRulesError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::macro_rules_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum MacroRulesPostError {}
impl super::Client {
    /// */ operation macro_rules "#
    ///
    /// `GET /op53/{macro_rules}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#macro_rules(
        &self,
        r#macro_rules: &str,
        params: &MacroRulesParams,
    ) -> ::std::result::Result<MacroRulesResponse, super::Error<MacroRulesError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op53/");
        url.push_str(
            &super::runtime::path_param(
                "macro_rules",
                &super::runtime::to_value("macro_rules", &r#macro_rules)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.macro_rules2 {
            let v = super::runtime::to_value("macro_rules", v)?;
            super::runtime::push_param(&mut query, "macro_rules", &v, "form", true);
        }
        if let Some(v) = &params.macro_rules3 {
            let v = super::runtime::to_value("macro_rules", v)?;
            headers.push(("macro_rules", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.macro_rules4 {
            let v = super::runtime::to_value("macro_rules", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "macro_rules", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[53usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self
            .run_request_hooks("macro_rules", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "macro_rules", method = "GET", path =
            "/op53/{macro_rules}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("macro_rules", status, &response_headers);
        match status {
            200 => {
                let headers = MacroRulesOkHeaders {
                    r#macro_rules: super::runtime::optional_header(
                        &response_headers,
                        "macro_rules",
                        status,
                    )?,
                };
                Ok(MacroRulesResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        MacroRulesError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(MacroRulesError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            MacroRulesError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op53/{macro_rules}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn macro_rules_post(
        &self,
        r#macro_rules: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<MacroRulesPostError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op53/");
        url.push_str(
            &super::runtime::path_param(
                "macro_rules",
                &super::runtime::to_value("macro_rules", &r#macro_rules)?,
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
            .run_request_hooks("macro_rules_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "macro_rules_post", method = "POST", path =
            "/op53/{macro_rules}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("macro_rules_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        MacroRulesPostError,
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

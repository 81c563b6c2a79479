//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::let`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LetParams {
    pub let2: ::std::option::Option<::std::string::String>,
    pub let3: ::std::option::Option<::std::string::String>,
    pub let4: ::std::option::Option<::std::string::String>,
}
impl LetParams {
    /// Sets `let2`.
    #[must_use]
    pub fn let2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.let2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `let3`.
    #[must_use]
    pub fn let3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.let3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `let4`.
    #[must_use]
    pub fn let4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.let4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::let`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct LetOkHeaders {
    pub r#let: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::let`].
#[derive(Debug, Clone, PartialEq)]
pub enum LetResponse {
    /// ok
    Ok { body: super::types::Everything, headers: LetOkHeaders },
}
/// Documented error responses of [`super::Client::let`].
#[derive(Debug, Clone, PartialEq)]
pub enum LetError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::let_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum LetPostError {}
impl super::Client {
    /// */ operation let "#
    ///
    /// `GET /op14/{let}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#let(
        &self,
        r#let: &str,
        params: &LetParams,
    ) -> ::std::result::Result<LetResponse, super::Error<LetError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op14/");
        url.push_str(
            &super::runtime::path_param(
                "let",
                &super::runtime::to_value("let", &r#let)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.let2 {
            let v = super::runtime::to_value("let", v)?;
            super::runtime::push_param(&mut query, "let", &v, "form", true);
        }
        if let Some(v) = &params.let3 {
            let v = super::runtime::to_value("let", v)?;
            headers.push(("let", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.let4 {
            let v = super::runtime::to_value("let", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "let", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[14usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("let", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "let", method = "GET", path = "/op14/{let}",
            status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("let", status, &response_headers);
        match status {
            200 => {
                let headers = LetOkHeaders {
                    r#let: super::runtime::optional_header(
                        &response_headers,
                        "let",
                        status,
                    )?,
                };
                Ok(LetResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        LetError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(LetError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            LetError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op14/{let}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn let_post(
        &self,
        r#let: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<LetPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op14/");
        url.push_str(
            &super::runtime::path_param(
                "let",
                &super::runtime::to_value("let", &r#let)?,
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
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("let_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "let_post", method = "POST", path =
            "/op14/{let}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("let_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        LetPostError,
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

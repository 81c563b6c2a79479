//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::match`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MatchParams {
    pub match2: ::std::option::Option<::std::string::String>,
    pub match3: ::std::option::Option<::std::string::String>,
    pub match4: ::std::option::Option<::std::string::String>,
}
impl MatchParams {
    /// Sets `match2`.
    #[must_use]
    pub fn match2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.match2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `match3`.
    #[must_use]
    pub fn match3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.match3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `match4`.
    #[must_use]
    pub fn match4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.match4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::match`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MatchOkHeaders {
    pub r#match: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::match`].
#[derive(Debug, Clone, PartialEq)]
pub enum MatchResponse {
    /// ok
    Ok { body: super::types::Everything, headers: MatchOkHeaders },
}
/// Documented error responses of [`super::Client::match`].
#[derive(Debug, Clone, PartialEq)]
pub enum MatchError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::match_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum MatchPostError {}
impl super::Client {
    /// */ operation match "#
    ///
    /// `GET /op16/{match}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#match(
        &self,
        r#match: &str,
        params: &MatchParams,
    ) -> ::std::result::Result<MatchResponse, super::Error<MatchError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op16/");
        url.push_str(
            &super::runtime::path_param(
                "match",
                &super::runtime::to_value("match", &r#match)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.match2 {
            let v = super::runtime::to_value("match", v)?;
            super::runtime::push_param(&mut query, "match", &v, "form", true);
        }
        if let Some(v) = &params.match3 {
            let v = super::runtime::to_value("match", v)?;
            headers.push(("match", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.match4 {
            let v = super::runtime::to_value("match", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "match", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[16usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("match", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "match", method = "GET", path =
            "/op16/{match}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("match", status, &response_headers);
        match status {
            200 => {
                let headers = MatchOkHeaders {
                    r#match: super::runtime::optional_header(
                        &response_headers,
                        "match",
                        status,
                    )?,
                };
                Ok(MatchResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        MatchError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(MatchError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            MatchError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op16/{match}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn match_post(
        &self,
        r#match: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<MatchPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op16/");
        url.push_str(
            &super::runtime::path_param(
                "match",
                &super::runtime::to_value("match", &r#match)?,
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
            .run_request_hooks("match_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "match_post", method = "POST", path =
            "/op16/{match}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("match_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        MatchPostError,
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

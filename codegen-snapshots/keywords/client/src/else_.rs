//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::else`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ElseParams {
    pub else2: ::std::option::Option<::std::string::String>,
    pub else3: ::std::option::Option<::std::string::String>,
    pub else4: ::std::option::Option<::std::string::String>,
}
impl ElseParams {
    /// Sets `else2`.
    #[must_use]
    pub fn else2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.else2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `else3`.
    #[must_use]
    pub fn else3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.else3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `else4`.
    #[must_use]
    pub fn else4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.else4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::else`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ElseOkHeaders {
    pub r#else: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::else`].
#[derive(Debug, Clone, PartialEq)]
pub enum ElseResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ElseOkHeaders },
}
/// Documented error responses of [`super::Client::else`].
#[derive(Debug, Clone, PartialEq)]
pub enum ElseError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::else_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ElsePostError {}
impl super::Client {
    /// */ operation else "#
    ///
    /// `GET /op5/{else}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#else(
        &self,
        r#else: &str,
        params: &ElseParams,
    ) -> ::std::result::Result<ElseResponse, super::Error<ElseError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op5/");
        url.push_str(
            &super::runtime::path_param(
                "else",
                &super::runtime::to_value("else", &r#else)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.else2 {
            let v = super::runtime::to_value("else", v)?;
            super::runtime::push_param(&mut query, "else", &v, "form", true);
        }
        if let Some(v) = &params.else3 {
            let v = super::runtime::to_value("else", v)?;
            headers.push(("else", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.else4 {
            let v = super::runtime::to_value("else", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "else", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[5usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("else", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "else", method = "GET", path =
            "/op5/{else}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("else", status, &response_headers);
        match status {
            200 => {
                let headers = ElseOkHeaders {
                    r#else: super::runtime::optional_header(
                        &response_headers,
                        "else",
                        status,
                    )?,
                };
                Ok(ElseResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ElseError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ElseError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ElseError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op5/{else}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn else_post(
        &self,
        r#else: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ElsePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op5/");
        url.push_str(
            &super::runtime::path_param(
                "else",
                &super::runtime::to_value("else", &r#else)?,
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
            .run_request_hooks("else_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "else_post", method = "POST", path =
            "/op5/{else}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("else_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ElsePostError,
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

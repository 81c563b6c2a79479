//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::true`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrueParams {
    pub true2: ::std::option::Option<::std::string::String>,
    pub true3: ::std::option::Option<::std::string::String>,
    pub true4: ::std::option::Option<::std::string::String>,
}
impl TrueParams {
    /// Sets `true2`.
    #[must_use]
    pub fn true2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.true2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `true3`.
    #[must_use]
    pub fn true3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.true3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `true4`.
    #[must_use]
    pub fn true4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.true4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::true`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TrueOkHeaders {
    pub r#true: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::true`].
#[derive(Debug, Clone, PartialEq)]
pub enum TrueResponse {
    /// ok
    Ok { body: super::types::Everything, headers: TrueOkHeaders },
}
/// Documented error responses of [`super::Client::true`].
#[derive(Debug, Clone, PartialEq)]
pub enum TrueError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::true_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum TruePostError {}
impl super::Client {
    /// */ operation true "#
    ///
    /// `GET /op29/{true}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#true(
        &self,
        r#true: &str,
        params: &TrueParams,
    ) -> ::std::result::Result<TrueResponse, super::Error<TrueError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op29/");
        url.push_str(
            &super::runtime::path_param(
                "true",
                &super::runtime::to_value("true", &r#true)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.true2 {
            let v = super::runtime::to_value("true", v)?;
            super::runtime::push_param(&mut query, "true", &v, "form", true);
        }
        if let Some(v) = &params.true3 {
            let v = super::runtime::to_value("true", v)?;
            headers.push(("true", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.true4 {
            let v = super::runtime::to_value("true", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "true", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[29usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("true", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "true", method = "GET", path =
            "/op29/{true}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("true", status, &response_headers);
        match status {
            200 => {
                let headers = TrueOkHeaders {
                    r#true: super::runtime::optional_header(
                        &response_headers,
                        "true",
                        status,
                    )?,
                };
                Ok(TrueResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        TrueError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(TrueError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            TrueError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op29/{true}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn true_post(
        &self,
        r#true: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<TruePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op29/");
        url.push_str(
            &super::runtime::path_param(
                "true",
                &super::runtime::to_value("true", &r#true)?,
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
            .run_request_hooks("true_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "true_post", method = "POST", path =
            "/op29/{true}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("true_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        TruePostError,
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

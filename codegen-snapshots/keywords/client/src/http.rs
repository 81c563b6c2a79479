//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::http`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HttpParams {
    pub http2: ::std::option::Option<::std::string::String>,
    pub http3: ::std::option::Option<::std::string::String>,
    pub http4: ::std::option::Option<::std::string::String>,
}
impl HttpParams {
    /// Sets `http2`.
    #[must_use]
    pub fn http2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `http3`.
    #[must_use]
    pub fn http3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `http4`.
    #[must_use]
    pub fn http4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::http`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HttpOkHeaders {
    pub http: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::http`].
#[derive(Debug, Clone, PartialEq)]
pub enum HttpResponse {
    /// ok
    Ok { body: super::types::Everything, headers: HttpOkHeaders },
}
/// Documented error responses of [`super::Client::http`].
#[derive(Debug, Clone, PartialEq)]
pub enum HttpError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::http_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum HttpPostError {}
impl super::Client {
    /// */ operation http "#
    ///
    /// `GET /op178/{http}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn http(
        &self,
        http: &str,
        params: &HttpParams,
    ) -> ::std::result::Result<HttpResponse, super::Error<HttpError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op178/");
        url.push_str(
            &super::runtime::path_param(
                "http",
                &super::runtime::to_value("http", &http)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.http2 {
            let v = super::runtime::to_value("http", v)?;
            super::runtime::push_param(&mut query, "http", &v, "form", true);
        }
        if let Some(v) = &params.http3 {
            let v = super::runtime::to_value("http", v)?;
            headers.push(("http", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.http4 {
            let v = super::runtime::to_value("http", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "http", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[178usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("http", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "http", method = "GET", path =
            "/op178/{http}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("http", status, &response_headers);
        match status {
            200 => {
                let headers = HttpOkHeaders {
                    http: super::runtime::optional_header(
                        &response_headers,
                        "http",
                        status,
                    )?,
                };
                Ok(HttpResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        HttpError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(HttpError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            HttpError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op178/{http}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn http_post(
        &self,
        http: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<HttpPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op178/");
        url.push_str(
            &super::runtime::path_param(
                "http",
                &super::runtime::to_value("http", &http)?,
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
            .run_request_hooks("http_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "http_post", method = "POST", path =
            "/op178/{http}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("http_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        HttpPostError,
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

//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::http_client2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HttpClient2Params {
    pub http_client2: ::std::option::Option<::std::string::String>,
    pub http_client3: ::std::option::Option<::std::string::String>,
    pub http_client4: ::std::option::Option<::std::string::String>,
}
impl HttpClient2Params {
    /// Sets `http_client2`.
    #[must_use]
    pub fn http_client2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_client2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `http_client3`.
    #[must_use]
    pub fn http_client3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_client3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `http_client4`.
    #[must_use]
    pub fn http_client4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.http_client4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::http_client2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HttpClient2OkHeaders {
    pub http_client: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::http_client2`].
#[derive(Debug, Clone, PartialEq)]
pub enum HttpClient2Response {
    /// ok
    Ok { body: super::types::Everything, headers: HttpClient2OkHeaders },
}
/// Documented error responses of [`super::Client::http_client2`].
#[derive(Debug, Clone, PartialEq)]
pub enum HttpClient2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::http_client_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum HttpClientPostError {}
impl super::Client {
    /// */ operation http_client "#
    ///
    /// `GET /op168/{http_client}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn http_client2(
        &self,
        http_client: &str,
        params: &HttpClient2Params,
    ) -> ::std::result::Result<HttpClient2Response, super::Error<HttpClient2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op168/");
        url.push_str(
            &super::runtime::path_param(
                "http_client",
                &super::runtime::to_value("http_client", &http_client)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.http_client2 {
            let v = super::runtime::to_value("http_client", v)?;
            super::runtime::push_param(&mut query, "http_client", &v, "form", true);
        }
        if let Some(v) = &params.http_client3 {
            let v = super::runtime::to_value("http_client", v)?;
            headers.push(("http_client", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.http_client4 {
            let v = super::runtime::to_value("http_client", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "http_client", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[168usize]], &mut query, &mut headers, &mut cookies);
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
            .run_request_hooks("http_client2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "http_client", method = "GET", path =
            "/op168/{http_client}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("http_client2", status, &response_headers);
        match status {
            200 => {
                let headers = HttpClient2OkHeaders {
                    http_client: super::runtime::optional_header(
                        &response_headers,
                        "http_client",
                        status,
                    )?,
                };
                Ok(HttpClient2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        HttpClient2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(HttpClient2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            HttpClient2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op168/{http_client}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn http_client_post(
        &self,
        http_client: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<
        super::types::Untagged,
        super::Error<HttpClientPostError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op168/");
        url.push_str(
            &super::runtime::path_param(
                "http_client",
                &super::runtime::to_value("http_client", &http_client)?,
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
            .run_request_hooks("http_client_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "http_client_post", method = "POST", path =
            "/op168/{http_client}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("http_client_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        HttpClientPostError,
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

//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::request`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestParams {
    pub request2: ::std::option::Option<::std::string::String>,
    pub request3: ::std::option::Option<::std::string::String>,
    pub request4: ::std::option::Option<::std::string::String>,
}
impl RequestParams {
    /// Sets `request2`.
    #[must_use]
    pub fn request2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `request3`.
    #[must_use]
    pub fn request3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `request4`.
    #[must_use]
    pub fn request4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::request`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RequestOkHeaders {
    pub request: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::request`].
#[derive(Debug, Clone, PartialEq)]
pub enum RequestResponse {
    /// ok
    Ok { body: super::types::Everything, headers: RequestOkHeaders },
}
/// Documented error responses of [`super::Client::request`].
#[derive(Debug, Clone, PartialEq)]
pub enum RequestError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::request_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum RequestPostError {}
impl super::Client {
    /// */ operation Request "#
    ///
    /// `GET /op148/{Request}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn request(
        &self,
        request: &str,
        params: &RequestParams,
    ) -> ::std::result::Result<RequestResponse, super::Error<RequestError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op148/");
        url.push_str(
            &super::runtime::path_param(
                "Request",
                &super::runtime::to_value("Request", &request)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.request2 {
            let v = super::runtime::to_value("Request", v)?;
            super::runtime::push_param(&mut query, "Request", &v, "form", true);
        }
        if let Some(v) = &params.request3 {
            let v = super::runtime::to_value("Request", v)?;
            headers.push(("Request", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.request4 {
            let v = super::runtime::to_value("Request", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Request", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[148usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("request", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Request", method = "GET", path =
            "/op148/{Request}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("request", status, &response_headers);
        match status {
            200 => {
                let headers = RequestOkHeaders {
                    request: super::runtime::optional_header(
                        &response_headers,
                        "Request",
                        status,
                    )?,
                };
                Ok(RequestResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        RequestError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(RequestError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            RequestError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op148/{Request}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn request_post(
        &self,
        request: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<RequestPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op148/");
        url.push_str(
            &super::runtime::path_param(
                "Request",
                &super::runtime::to_value("Request", &request)?,
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
            .run_request_hooks("request_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Request_post", method = "POST", path =
            "/op148/{Request}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("request_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        RequestPostError,
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
